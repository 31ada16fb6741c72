package org.dischargehub.referral;

import java.time.Instant;
import java.time.LocalDate;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.shared.HumanTime;

/**
 * The words a referral's timeline shows for what happened, as people write them. The facts themselves are the
 * referral's columns and the entry's action; nothing reads these words back.
 */
final class TimelineText {

    private TimelineText() {
    }

    static String received(HospitalStay stay) {
        return "Referral from " + stay.hospital() + ", " + stay.ward();
    }

    /** "Pathway 2, a nursing bed. Needs rehab first.", saying what a re-triage replaced. */
    static String triaged(Plan before, Plan plan) {
        return (before == null ? "" : "Re-triaged (was pathway " + before.pathway().number() + "). ") + plan.describe();
    }

    static String offered(String providerCode, LocalDate startDate, Instant expiresAt, Instant now) {
        return "Home care offered to " + providerCode + " starting " + HumanTime.date(startDate) + ", open until "
                + HumanTime.at(now).dateTime(expiresAt);
    }

    static String accepted(String providerCode, LocalDate startDate) {
        return providerCode + " accepted the package starting " + HumanTime.date(startDate);
    }

    static String declined(String providerCode, String reason) {
        return providerCode + " declined the offer" + (reason == null ? "" : ": " + reason);
    }

    static String lapsed(String providerCode, Instant expiredAt, Instant now) {
        return providerCode + " let the offer lapse: no answer by " + HumanTime.at(now).dateTime(expiredAt);
    }

    static String offerEnded(String detail, boolean othersOpen) {
        return othersOpen ? detail + "; other offers are still open" : detail;
    }

    static String discharged(LocalDate on, boolean funded) {
        return funded ? "Discharged on " + HumanTime.date(on) + ": the funded D2A period starts"
                : "Discharged home on " + HumanTime.date(on) + " (pathway 0): episode closed";
    }

    static String fundingAmended(FundingDecision previous, FundingDecision amended, String reason) {
        return "Was " + previous.summary() + "; now " + amended.summary() + ". " + amended.rationale()
                + " Reason for the amendment: " + reason;
    }

    static String assessed(AssessmentStatus progress, String note) {
        return "Assessment " + progress.label().toLowerCase() + ". " + note;
    }

    static String closed(LocalDate on, CloseOutcome outcome) {
        return "Closed on " + HumanTime.date(on) + ": " + outcome.name().replace('_', ' ').toLowerCase();
    }

    static String readyDateReset(Instant previous, Instant readyToLeaveAt, String reason, Instant now) {
        HumanTime time = HumanTime.at(now);
        return "Discharge ready date moved from " + time.dateTime(previous) + " to " + time.dateTime(readyToLeaveAt)
                + ". " + reason;
    }
}
