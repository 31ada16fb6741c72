package org.dischargehub.escalation;

public enum EscalationKind {
    TRIAGE_OVERDUE("Waiting too long for triage"),
    DISCHARGE_DELAYED("Past the discharge ready date without discharge"),
    NO_BED("No bed that fits"),
    /** Raised at once by a coordinator who found no bed that fits (rather than by the process's timer). */
    NO_BED_FITS("No bed fits: escalated now by the coordinator"),
    FUNDED_PERIOD_ENDED("Funded period ended without a decision"),
    PACKAGE_HANDED_BACK("Home-care package handed back"),
    /** A call after discharge is past its time with no one reached (closed by the calls module once someone is). */
    CALL_OVERDUE("Call after discharge overdue"),
    /** The caller tried the set number of times and reached no one. */
    CALL_NOT_REACHED("Not reached by the call after discharge"),
    /** A person still in their funded period told the caller they need help (no new referral is made then). */
    CALL_NEEDS_HELP("Needs help, said on the call after discharge");

    private final String label;

    EscalationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
