package org.dischargehub.referral.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationStatus;
import org.dischargehub.referral.ReferralCapacityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** "Escalate now": no bed fits a person on pathway 2 or 3, and the coordinator tells the hub manager at once. */
@RestController
class NoBedEscalationApi {

    private final ReferralCapacityService capacity;

    NoBedEscalationApi(ReferralCapacityService capacity) {
        this.capacity = capacity;
    }

    record EscalateNow(String reason) {
    }

    record RaisedJson(long id, String referralId, EscalationKind kind, String detail, Instant raisedAt,
            EscalationStatus status) {
    }

    @PostMapping("/api/referrals/{id}/escalation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Escalate now: no bed fits this person", description = """
            COORDINATOR. `{reason}` (required, at most 4000 characters). For a referral on pathway 2 or 3 that is \\
            waiting for a bed: raises a `NO_BED_FITS` escalation to the hub manager at once, with the reason, and \\
            notes it on the referral's timeline. It closes itself (`closedBecause` BED_RESERVED, PLAN_CHANGED or \\
            REFERRAL_CANCELLED) when that wait ends. 409 when the referral is not waiting for a bed, or when such an \\
            escalation is already open for it.""")
    RaisedJson escalate(@PathVariable String id, @RequestBody(required = false) EscalateNow body) {
        Escalation raised = capacity.escalateNoBedFits(id, body == null ? null : body.reason());
        return new RaisedJson(raised.id(), raised.referralId(), raised.kind(), raised.detail(), raised.raisedAt(),
                raised.status());
    }
}
