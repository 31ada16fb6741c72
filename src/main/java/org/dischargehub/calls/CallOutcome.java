package org.dischargehub.calls;

/** What one attempt at a call found: the first two end the call, the third leaves it due again later. */
public enum CallOutcome {
    WELL("Well"),
    NEEDS_HELP("Needs help"),
    NOT_REACHED("Not reached");

    private final String label;

    CallOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
