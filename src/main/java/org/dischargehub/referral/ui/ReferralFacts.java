package org.dischargehub.referral.ui;

import com.vaadin.flow.component.html.DescriptionList;
import java.time.LocalDate;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.referral.AfterDischarge;
import org.dischargehub.referral.Referral;
import org.dischargehub.shared.HumanTime;

/** What the referral's page says about the person and their episode, as terms and descriptions. */
final class ReferralFacts {

    private ReferralFacts() {
    }

    static void person(DescriptionList person, Referral referral, String localityCode, HumanTime time) {
        person.removeAll();
        fact(person, "NHS number", referral.patient().formattedNhsNumber());
        fact(person, "Date of birth", HumanTime.date(referral.patient().dateOfBirth()));
        fact(person, "Locality", localityCode);
        fact(person, "Hospital / ward", referral.stay().hospital() + " · " + referral.stay().ward());
        fact(person, "Ready to leave", time.dateTime(referral.stay().readyToLeaveAt()));
        fact(person, "Infection status", referral.stay().infectionPositive() ? "Positive" : "Not positive");
        fact(person, "Referred", time.dateTime(referral.createdAt()) + " by " + referral.createdBy());
        referral.sender().ifPresent(sender -> fact(person, "Sent by", "the hospital's system, as "
                + sender.senderReference() + " (" + sender.senderSystem() + ")"));
        if (referral.stay().notes() != null && !referral.stay().notes().isBlank()) {
            fact(person, "Notes", referral.stay().notes());
        }
    }

    static void episode(DescriptionList episode, Referral referral, LocalDate fundedPeriodEnd) {
        episode.removeAll();
        fact(episode, "Status", referral.status().label());
        fact(episode, "Pathway", ReferralFormat.pathway(referral.pathway()));
        if (referral.pathway() != null) {
            fact(episode, "Needs", ReferralFormat.requirement(referral.requirement()));
            fact(episode, "Triage rationale", referral.triageRationale());
        }
        if (referral.allocation() != null) {
            fact(episode, "Held", referral.allocation().describe());
        }
        if (referral.dischargedOn() != null) {
            fact(episode, "Discharged", HumanTime.date(referral.dischargedOn()));
            if (referral.pathway() != null && referral.pathway().funded()) {
                fact(episode, "Funded period", HumanTime.date(referral.dischargedOn()) + " to "
                        + HumanTime.date(fundedPeriodEnd));
            }
        }
        FundingDecision decision = referral.afterDischarge().fundingDecision();
        if (decision != null) {
            fact(episode, "Funding decision", decision.outcome().label() + " from "
                    + HumanTime.date(decision.decidedOn()) + " (" + decision.decidedBy() + "): "
                    + decision.rationale());
        }
        AfterDischarge after = referral.afterDischarge();
        if (after.closedOn() != null) {
            fact(episode, "Closed", HumanTime.date(after.closedOn()) + ": "
                    + ReferralFormat.closeOutcome(after.closeOutcome()));
        }
        if (referral.cancelReason() != null) {
            fact(episode, "Cancelled because", referral.cancelReason());
        }
    }

    private static void fact(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value == null ? "" : value));
    }
}
