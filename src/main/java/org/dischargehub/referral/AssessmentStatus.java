package org.dischargehub.referral;

/** How far the assessment of long-term needs has got during the funded period; none recorded means not booked. */
public enum AssessmentStatus {
    BOOKED("Booked"),
    COMPLETED("Completed");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
