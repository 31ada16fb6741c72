package org.dischargehub.escalation;

public enum EscalationKind {
    TRIAGE_OVERDUE("Waiting too long for triage"),
    DISCHARGE_DELAYED("Past the discharge ready date without discharge"),
    NO_BED("No bed that fits"),
    /** Raised at once by a coordinator who found no bed that fits (rather than by the process's timer). */
    NO_BED_FITS("No bed fits: escalated now by the coordinator"),
    FUNDED_PERIOD_ENDED("Funded period ended without a decision"),
    PACKAGE_HANDED_BACK("Home-care package handed back");

    private final String label;

    EscalationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
