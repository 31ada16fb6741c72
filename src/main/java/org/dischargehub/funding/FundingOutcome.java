package org.dischargehub.funding;

/** Who pays once the funded discharge-to-assess period ends. */
public enum FundingOutcome {
    CHC("NHS Continuing Healthcare"),
    FNC("Funded Nursing Care"),
    COUNCIL("Council-funded (Care Act)"),
    SELF_FUNDED("Self-funded"),
    NO_ONGOING_NEEDS("No ongoing care needed");

    private final String label;

    FundingOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
