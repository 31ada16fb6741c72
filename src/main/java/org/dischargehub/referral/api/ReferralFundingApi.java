package org.dischargehub.referral.api;

import io.swagger.v3.oas.annotations.Operation;
import org.dischargehub.funding.FundingCommands.Amendment;
import org.dischargehub.funding.FundingCommands.AssessmentUpdate;
import org.dischargehub.funding.FundingCommands.Decision;
import org.dischargehub.funding.FundingService;
import org.dischargehub.referral.ReferralService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The funding decision that ends a referral's funded period, its amendments, and the assessment on the way. */
@RestController
@RequestMapping("/api/referrals")
class ReferralFundingApi {

    private final ReferralService referrals;
    private final FundingService funding;

    ReferralFundingApi(ReferralService referrals, FundingService funding) {
        this.referrals = referrals;
        this.funding = funding;
    }

    @Operation(summary = "Record the funding decision that ends the funded period",
            description = "COORDINATOR. {outcome: CHC, FNC, COUNCIL, SELF_FUNDED or NO_ONGOING_NEEDS, decidedOn, "
                    + "rationale, fastTrack?}: fastTrack marks fast-track CHC at the end of life (CHC only). decidedOn is "
                    + "the first day no longer recharged to the NHS; it may not be before the discharge or in the future "
                    + "(400). One decision per episode: a second is a 409; correct one with POST "
                    + "/api/referrals/{id}/funding-decision/amendments.")
    @PostMapping("/{id}/funding-decision")
    ReferralJson decide(@PathVariable String id, @RequestBody Decision body) {
        funding.decide(id, body);
        return ReferralJson.of(referrals.recordAfterChange(id));
    }

    @Operation(summary = "Correct a recorded funding decision",
            description = "COORDINATOR. A referral has one funding decision; a correction is an explicit amendment with "
                    + "its reason. The decision it replaces and the reason are kept (fundingDecision.amendments and the "
                    + "history); the recharge follows the amended decision's decidedOn. 400 for invalid input or a "
                    + "decision dated before the discharge or in the future, 409 when no decision has been recorded.")
    @PostMapping("/{id}/funding-decision/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    ReferralJson amendDecision(@PathVariable String id, @RequestBody Amendment body) {
        funding.amend(id, body);
        return ReferralJson.of(referrals.recordAfterChange(id));
    }

    @Operation(summary = "Record the assessment's progress during the funded period",
            description = "COORDINATOR. {status: BOOKED or COMPLETED, note}; kept in the history. Completing it ends "
                    + "the hub's \"Assessment due\" work. 409 outside the funded period.")
    @PostMapping("/{id}/assessment")
    ReferralJson assessment(@PathVariable String id, @RequestBody AssessmentUpdate body) {
        funding.recordAssessment(id, body);
        return ReferralJson.of(referrals.recordAfterChange(id));
    }
}
