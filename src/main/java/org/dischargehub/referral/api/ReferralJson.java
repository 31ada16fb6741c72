package org.dischargehub.referral.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dischargehub.beds.BedType;
import org.dischargehub.referral.Allocation;
import org.dischargehub.referral.CloseOutcome;
import org.dischargehub.referral.FundingDecision;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralEvent;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.referral.Requirement;

/** A referral as the API contract shows it. */
record ReferralJson(String id, String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
        String locality, String hospital, String ward, Instant readyToLeaveAt, boolean infectionPositive, String notes,
        ReferralStatus status, Integer pathway, RequirementJson requirement, AllocationJson allocation,
        LocalDate dischargedOn, PeriodJson fundedPeriod, DecisionJson fundingDecision, LocalDate closedOn,
        CloseOutcome closeOutcome, String cancelReason, String delayReason, boolean urgent, Instant createdAt,
        List<EventJson> history) {

    record RequirementJson(BedType bedType, BigDecimal hoursPerWeek, LocalDate startDate) {
        static RequirementJson of(Requirement r) {
            return r == null ? null : new RequirementJson(r.bedType(), r.hoursPerWeek(), r.startDate());
        }
    }

    record AllocationJson(String kind, String bedCode, String providerCode, LocalDate startDate) {
        static AllocationJson of(Allocation a) {
            return a == null ? null : new AllocationJson(a.kind(), a.bedCode(), a.providerCode(), a.startDate());
        }
    }

    record PeriodJson(LocalDate start, LocalDate end) {
    }

    record DecisionJson(String outcome, LocalDate decidedOn, String rationale, String decidedBy) {
        static DecisionJson of(FundingDecision d) {
            return d == null ? null : new DecisionJson(d.outcome().name(), d.decidedOn(), d.rationale(), d.decidedBy());
        }
    }

    record EventJson(Instant at, String by, String action, String detail) {
        static EventJson of(ReferralEvent e) {
            return new EventJson(e.at(), e.actor(), e.action(), e.detail());
        }
    }

    static ReferralJson of(Referral r, String locality, LocalDate fundedEnd, List<ReferralEvent> history) {
        PeriodJson period = r.dischargedOn() == null || r.pathway() == null || r.pathway() == 0 ? null
                : new PeriodJson(r.dischargedOn(), fundedEnd);
        return new ReferralJson(r.id(), r.nhsNumber().value(), r.givenName(), r.familyName(), r.dateOfBirth(),
                locality, r.hospital(), r.ward(), r.readyToLeaveAt(), r.infectionPositive(), r.notes(), r.status(),
                r.pathway(), RequirementJson.of(r.requirement()), AllocationJson.of(r.allocation()), r.dischargedOn(),
                period, DecisionJson.of(r.fundingDecision()), r.closedOn(), r.closeOutcome(), r.cancelReason(),
                r.delayReason(), r.urgent(), r.createdAt(), history == null ? null
                        : history.stream().map(EventJson::of).toList());
    }
}
