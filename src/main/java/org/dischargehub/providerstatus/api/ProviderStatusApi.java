package org.dischargehub.providerstatus.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.providerstatus.FiledReturn;
import org.dischargehub.providerstatus.FollowUpAction;
import org.dischargehub.providerstatus.Outbreak;
import org.dischargehub.providerstatus.ProviderStatusService;
import org.dischargehub.providerstatus.Rag;
import org.dischargehub.providerstatus.StatusReport;
import org.dischargehub.providerstatus.StatusReturn;
import org.dischargehub.providerstatus.TrackerRow;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Provider status returns. {@code PUT /api/providers/{code}/status/{date}} files one (idempotent per provider and
 * day, or per setting and day when the body names one of the provider's settings in {@code settingCode}; PROVIDER
 * for its own, COORDINATOR); the tracker lists every provider's latest rating with its reasons.
 */
@RestController
class ProviderStatusApi {

    private final ProviderStatusService status;

    ProviderStatusApi(ProviderStatusService status) {
        this.status = status;
    }

    record ReturnJson(LocalDate date, @Schema(nullable = true) String settingCode, Outbreak outbreak, int peopleAffected, int staffTotal, int staffAbsent,
            int vacancies, boolean agencyUse, boolean crossSettingWorking, int ppeDaysLeft, boolean canAdmit,
            @Schema(nullable = true) String concern, Instant submittedAt, @Schema(nullable = true) String submittedBy,
            Rag rating, List<String> because, @Schema(nullable = true) Long followUpId) {
        static ReturnJson of(FiledReturn filed) {
            StatusReturn r = filed.statusReturn();
            return new ReturnJson(r.returnDate(), filed.settingCode(), r.outbreak(), r.peopleAffected(), r.staffTotal(), r.staffAbsent(),
                    r.vacancies(), r.agencyUse(), r.crossSettingWorking(), r.ppeDaysLeft(), r.canAdmit(), r.concern(),
                    r.submittedAt(), r.submittedBy(), filed.rating().rag(), filed.rating().because(),
                    filed.followUp() == null ? null : filed.followUp().id());
        }
    }

    record TrackerJson(String providerCode, String providerName, ProviderKind kind, Set<String> localities,
            @Schema(nullable = true) LocalDate latestReturn, @Schema(nullable = true) Rag rating, List<String> because,
            @Schema(nullable = true) String trend, @Schema(nullable = true) Long daysSinceReturn, boolean overdue,
            @Schema(nullable = true) Long openFollowUpId, boolean outbreakClosurePending,
            List<String> outbreakSettings) {
        static TrackerJson of(TrackerRow row) {
            return new TrackerJson(row.providerCode(), row.providerName(), row.kind(), row.localities(),
                    row.latest() == null ? null : row.latest().returnDate(), row.rating().rag(),
                    row.rating().because(), row.trend(), row.daysSinceReturn(), row.overdue(),
                    row.openFollowUp() == null ? null : row.openFollowUp().id(), row.outbreakClosurePending(),
                    row.outbreakSettings());
        }
    }

    record FollowUpClose(FollowUpAction action, String note) {
    }

    @PutMapping("/api/providers/{code}/status/{date}")
    ReturnJson file(@PathVariable String code,
            @Parameter(schema = @Schema(type = "string", format = "date")) @PathVariable String date,
            @RequestBody StatusReport body) {
        return ReturnJson.of(status.file(code, parseDate(date), body));
    }

    @GetMapping("/api/providers/{code}/status")
    List<ReturnJson> history(@PathVariable String code) {
        return status.history(code).stream().map(ReturnJson::of).toList();
    }

    @GetMapping("/api/provider-risk")
    List<TrackerJson> tracker() {
        return status.tracker().stream().map(TrackerJson::of).toList();
    }

    @PostMapping("/api/provider-follow-ups/{id}/close")
    FollowUpClosed closeFollowUp(@PathVariable String id, @RequestBody FollowUpClose body) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Follow-up", id);
        }
        var closed = status.closeFollowUp(key, body.action(), body.note());
        return new FollowUpClosed(closed.id(), closed.action(), closed.closedBy());
    }

    record FollowUpClosed(long id, FollowUpAction action, String closedBy) {
    }

    /** How many of the provider's settings the closure closed to new admissions. */
    record OutbreakClosure(int settingsClosed) {
    }

    @PostMapping("/api/providers/{code}/outbreak-closure")
    OutbreakClosure closeForOutbreak(@PathVariable String code) {
        return new OutbreakClosure(status.closeSettingsForOutbreak(code));
    }

    private static LocalDate parseDate(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("date", "a date like 2026-11-23");
        }
    }
}
