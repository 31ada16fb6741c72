package org.dischargehub.referral.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dischargehub.beds.BedType;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundingAmendment;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.referral.AfterDischarge;
import org.dischargehub.referral.Allocation;
import org.dischargehub.referral.CloseOutcome;
import org.dischargehub.referral.HospitalStay;
import org.dischargehub.referral.Patient;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralEvent;
import org.dischargehub.referral.ReferralRecord;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.referral.Requirement;

/** A referral as the API contract shows it. */
record ReferralJson(String id, String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
        String locality, String hospital, String ward, Instant readyToLeaveAt, boolean infectionPositive,
        @Schema(nullable = true) String notes, ReferralStatus status, @Schema(nullable = true) Integer pathway,
        RequirementJson requirement, AllocationJson allocation, @Schema(nullable = true) LocalDate dischargedOn,
        PeriodJson fundedPeriod, DecisionJson fundingDecision, @Schema(nullable = true) LocalDate closedOn,
        @Schema(nullable = true) CloseOutcome closeOutcome, @Schema(nullable = true) String cancelReason,
        @Schema(nullable = true) String delayReason, boolean urgent, Instant createdAt,
        @Schema(nullable = true) AssessmentStatus assessmentStatus, @Schema(nullable = true) List<EventJson> history,
        @Schema(nullable = true, description = "The person's earlier referrals (closed or cancelled), oldest first; "
                + "null in lists") List<String> previousReferralIds) {

    @Schema(nullable = true)
    record RequirementJson(@Schema(nullable = true) BedType bedType, @Schema(nullable = true) BigDecimal hoursPerWeek,
            @Schema(nullable = true) LocalDate startDate) {
        static RequirementJson of(Requirement r) {
            return r == null ? null : new RequirementJson(r.bedType(), r.hoursPerWeek(), r.startDate());
        }
    }

    @Schema(nullable = true)
    record AllocationJson(String kind, @Schema(nullable = true) String bedCode,
            @Schema(nullable = true) String providerCode, @Schema(nullable = true) LocalDate startDate) {
        static AllocationJson of(Allocation a) {
            return a == null ? null : new AllocationJson(a.kind(), a.bedCode(), a.providerCode(), a.startDate());
        }
    }

    @Schema(nullable = true)
    record PeriodJson(LocalDate start, LocalDate end) {
    }

    /** The current decision; {@code amendments} (oldest first) say what it was before each correction and why. */
    @Schema(nullable = true)
    record DecisionJson(String outcome, LocalDate decidedOn, @Schema(nullable = true) String rationale,
            @Schema(nullable = true) String decidedBy, boolean fastTrack,
            @Schema(nullable = true) List<AmendmentJson> amendments) {
        static DecisionJson of(FundingDecision d, List<FundingAmendment> amendments) {
            return d == null ? null : new DecisionJson(d.outcome().name(), d.decidedOn(), d.rationale(), d.decidedBy(),
                    d.fastTrack(), amendments == null ? null : amendments.stream().map(AmendmentJson::of).toList());
        }
    }

    record AmendmentJson(Instant amendedAt, String amendedBy, String reason, PreviousDecisionJson previous) {
        static AmendmentJson of(FundingAmendment a) {
            FundingDecision p = a.previous();
            return new AmendmentJson(a.amendedAt(), a.amendedBy(), a.reason(), new PreviousDecisionJson(
                    p.outcome().name(), p.decidedOn(), p.rationale(), p.decidedBy(), p.fastTrack()));
        }
    }

    record PreviousDecisionJson(String outcome, LocalDate decidedOn, @Schema(nullable = true) String rationale,
            @Schema(nullable = true) String decidedBy, boolean fastTrack) {
    }

    record EventJson(Instant at, @Schema(nullable = true) String by, String action,
            @Schema(nullable = true) String detail) {
        static EventJson of(ReferralEvent e) {
            return new EventJson(e.at(), e.actor(), e.action(), e.detail());
        }
    }

    static ReferralJson of(ReferralRecord record) {
        return of(record.referral(), record.localityCode(), record.fundedPeriodEnd(), record.history(),
                record.amendments(), record.previousReferralIds());
    }

    static ReferralJson of(Referral r, String locality, LocalDate fundedEnd, List<ReferralEvent> history,
            List<FundingAmendment> amendments) {
        return of(r, locality, fundedEnd, history, amendments, null);
    }

    static ReferralJson of(Referral r, String locality, LocalDate fundedEnd, List<ReferralEvent> history,
            List<FundingAmendment> amendments, List<String> previousReferralIds) {
        PeriodJson period = r.dischargedOn() == null || r.pathway() == null || !r.pathway().funded() ? null
                : new PeriodJson(r.dischargedOn(), fundedEnd);
        Patient who = r.patient();
        HospitalStay stay = r.stay();
        AfterDischarge after = r.afterDischarge();
        return new ReferralJson(r.id(), r.patient().nhsNumber(), who.givenName(), who.familyName(), who.dateOfBirth(),
                locality, stay.hospital(), stay.ward(), stay.readyToLeaveAt(), stay.infectionPositive(), stay.notes(),
                r.status(), r.pathway() == null ? null : r.pathway().number(), RequirementJson.of(r.requirement()),
                AllocationJson.of(r.allocation()), r.dischargedOn(),
                period, DecisionJson.of(after.fundingDecision(), amendments), after.closedOn(), after.closeOutcome(),
                r.cancelReason(), r.delayReason(), r.urgent(), r.createdAt(), after.assessmentStatus(),
                history == null ? null : history.stream().map(EventJson::of).toList(), previousReferralIds);
    }
}
