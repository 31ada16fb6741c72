package org.dischargehub.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.referral.ReferralChanges;
import org.dischargehub.referral.ReferralRecord;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.shared.NotFoundException;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.springframework.stereotype.Component;

/**
 * The hospital's view of its referrals: one Task per referral (see {@link ReferralTask}), read by id or searched by
 * focus, status and _lastUpdated so a hospital can poll for what changed. Every Task returned is a read of the
 * referral's record, audited and allowed as the API's GET of it is (MDT and coordinator; a provider is refused).
 */
@Component
class TaskProvider implements HubResourceProvider {

    private final ReferralService referrals;
    private final ReferralChanges changes;
    private final DirectoryService directory;

    TaskProvider(ReferralService referrals, ReferralChanges changes, DirectoryService directory) {
        this.referrals = referrals;
        this.changes = changes;
        this.directory = directory;
    }

    @Override
    public Class<Task> getResourceType() {
        return Task.class;
    }

    @Read
    public Task read(@IdParam IdType id) {
        return task(referrals.record(id.getIdPart()));
    }

    @Search
    public List<Task> search(@OptionalParam(name = Task.SP_FOCUS) ReferenceParam focus,
            @OptionalParam(name = Task.SP_STATUS) TokenParam status,
            @OptionalParam(name = Constants.PARAM_LASTUPDATED) DateRangeParam lastUpdated) {
        Instant after = after(lastUpdated);
        Instant before = before(lastUpdated);
        TaskStatus wanted = status == null ? null : taskStatus(status.getValue());
        List<String> ids = focus == null ? changes.changedBetween(after, before) : focused(focus);
        return ids.stream().flatMap(id -> record(id).stream())
                .filter(r -> wanted == null || ReferralTask.statusOf(r.referral().status()) == wanted)
                .filter(r -> ReferralTask.lastChanged(r).isAfter(after) && ReferralTask.lastChanged(r).isBefore(before))
                .map(this::task).toList();
    }

    private Task task(ReferralRecord record) {
        return ReferralTask.of(record, code -> directory.provider(code).name());
    }

    /** A referral gone between finding its id and reading it is simply not in the answer. */
    private Optional<ReferralRecord> record(String id) {
        try {
            return Optional.of(referrals.record(id));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private static List<String> focused(ReferenceParam focus) {
        String type = focus.getResourceType();
        if (type != null && !"ServiceRequest".equals(type)) {
            throw new InvalidRequestException("Task.focus is always a ServiceRequest, not a " + type);
        }
        return List.of(focus.getIdPart());
    }

    private static TaskStatus taskStatus(String code) {
        try {
            return TaskStatus.fromCode(code);
        } catch (FHIRException unknown) {
            throw new InvalidRequestException("Unknown Task status: " + code);
        }
    }

    /** The exclusive lower end of the range: just before an inclusive bound (the database keeps microseconds). */
    private static Instant after(DateRangeParam range) {
        DateParam lower = range == null ? null : range.getLowerBound();
        if (lower == null || lower.getValue() == null) {
            return ReferralChanges.EVER_BEFORE;
        }
        Instant at = lower.getValue().toInstant();
        return switch (lower.getPrefix() == null ? "eq" : lower.getPrefix().getValue()) {
            case "gt", "sa" -> at;
            default -> at.minus(1, ChronoUnit.MICROS);
        };
    }

    /** The exclusive upper end of the range: just after an inclusive bound. */
    private static Instant before(DateRangeParam range) {
        DateParam upper = range == null ? null : range.getUpperBound();
        if (upper == null || upper.getValue() == null) {
            return ReferralChanges.EVER_AFTER;
        }
        return switch (upper.getPrefix() == null ? "eq" : upper.getPrefix().getValue()) {
            case "lt", "eb" -> upper.getValue().toInstant();
            case "le" -> upper.getValue().toInstant().plus(1, ChronoUnit.MICROS);
            default -> range.getUpperBoundAsInstant().toInstant().plus(1, ChronoUnit.MILLIS);
        };
    }
}
