package org.dischargehub.referral;

/** How an episode ended after discharge. */
public enum CloseOutcome {
    HOME("home"), READMITTED("readmitted"), LONG_TERM_CARE("long-term care"), DIED("died");

    private final String label;

    CloseOutcome(String label) {
        this.label = label;
    }

    /** The outcome as people write it: "long-term care". */
    public String label() {
        return label;
    }
}
