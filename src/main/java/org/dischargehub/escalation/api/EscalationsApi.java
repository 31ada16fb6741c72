package org.dischargehub.escalation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.dischargehub.escalation.ClosedBecause;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.escalation.EscalationStatus;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Escalations to the hub manager and the coordinators: by status, and acknowledging one with a note. */
@RestController
@RequestMapping("/api/escalations")
class EscalationsApi {

    private final EscalationService escalations;

    EscalationsApi(EscalationService escalations) {
        this.escalations = escalations;
    }

    record EscalationJson(long id, @Schema(nullable = true) String referralId, EscalationKind kind,
            @Schema(nullable = true) String detail, Instant raisedAt, @Schema(nullable = true) String acknowledgedBy,
            @Schema(nullable = true) Instant acknowledgedAt, @Schema(nullable = true) String note,
            EscalationStatus status, @Schema(nullable = true) Instant closedAt,
            @Schema(nullable = true) ClosedBecause closedBecause) {
        static EscalationJson of(Escalation e) {
            return new EscalationJson(e.id(), e.referralId(), e.kind(), e.detail(), e.raisedAt(), e.acknowledgedBy(),
                    e.acknowledgedAt(), e.note(), e.status(), e.closedAt(), e.closedBecause());
        }
    }

    record Acknowledgement(String note) {
    }

    @GetMapping
    @Operation(summary = "Escalations by status", description = """
            COORDINATOR, MANAGER (and MDT). `status=OPEN`: every escalation whose condition still holds, oldest \
            first, acknowledged or not. `status=CLOSED`: the latest 1000 that closed themselves, newest first; \
            `closedAt` says when the condition ended and `closedBecause` what ended it (TRIAGED, BED_RESERVED, \
            PACKAGE_ACCEPTED, DISCHARGED, FUNDING_DECIDED, PLAN_CHANGED, REFERRAL_CLOSED, REFERRAL_CANCELLED). \
            Without `status`: the open ones nobody has acknowledged yet.""")
    List<EscalationJson> list(@Parameter(schema = @Schema(implementation = EscalationStatus.class))
            @RequestParam(required = false) String status) {
        List<Escalation> found = status == null || status.isBlank() ? escalations.unacknowledged()
                : escalations.withStatus(parseStatus(status));
        return found.stream().map(EscalationJson::of).toList();
    }

    private static EscalationStatus parseStatus(String status) {
        try {
            return EscalationStatus.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "OPEN or CLOSED");
        }
    }

    @PostMapping("/{id}/acknowledge")
    EscalationJson acknowledge(@PathVariable String id, @RequestBody(required = false) Acknowledgement body) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Escalation", id);
        }
        return EscalationJson.of(escalations.acknowledge(key, body == null ? null : body.note()));
    }
}
