package org.dischargehub.funding;

import org.dischargehub.shared.ConflictException;

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

    /** An assessment moves forward only: once completed it cannot be booked again. */
    public static AssessmentStatus next(AssessmentStatus current, AssessmentStatus progress) {
        if (current == COMPLETED && progress == BOOKED) {
            throw new ConflictException("The assessment is already recorded as completed");
        }
        return progress;
    }
}
