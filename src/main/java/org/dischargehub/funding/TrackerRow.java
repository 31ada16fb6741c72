package org.dischargehub.funding;

import java.time.LocalDate;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundedPeriod;
import org.dischargehub.funding.FundingDecision;

/**
 * One person in (or just out of) the funded D2A period, as the tracker shows them today: day N of M, funded days
 * left after today, the assessment's progress and when it is due, the decision once made, and how urgent it is.
 */
public record TrackerRow(String referralId, String nhsNumber, String name, int pathway, String locality,
        String providerCode, String settingCode, String settingName, FundedPeriod period, int day, int daysLeft,
        AssessmentStatus assessmentStatus, LocalDate assessmentDueOn, FundingDecision decision, Rate rate,
        Urgency urgency) {

    /** How close the person is to the end of their funded period without a decision. */
    public enum Urgency {
        PAST_END("Past the end, no decision"),
        NEAR_END("Assessment due, end near"),
        ON_TRACK("On track"),
        DECIDED("Decided");

        private final String label;

        Urgency(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PlacementKind kind() {
        return pathway == 1 ? PlacementKind.HOME_CARE : PlacementKind.BED;
    }

    /** Where the person is: the setting of their bed, or their home-care provider. */
    public String placement() {
        return settingCode != null ? settingName + " (" + settingCode + ")" : "Home care: " + providerCode;
    }
}
