package org.dischargehub.calls;

/** Pathway 0's safe-and-well call within 72 hours of discharge, or pathways 1 to 3's check-in on a set day. */
public enum CallKind {
    SAFE_AND_WELL("Safe-and-well call"),
    CHECK_IN("Check-in call");

    private final String label;

    CallKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
