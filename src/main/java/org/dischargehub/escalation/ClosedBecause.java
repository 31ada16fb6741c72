package org.dischargehub.escalation;

/** What ended the condition that raised an escalation, and so closed it. */
public enum ClosedBecause {
    TRIAGED("the MDT triaged the person"),
    BED_RESERVED("a bed was reserved"),
    PACKAGE_ACCEPTED("a home-care package was accepted"),
    DISCHARGED("the person was discharged"),
    FUNDING_DECIDED("the funding decision was recorded"),
    PLAN_CHANGED("the MDT changed the plan"),
    REFERRAL_CLOSED("the episode was closed"),
    REFERRAL_CANCELLED("the referral was cancelled"),
    CALL_MADE("the call reached the person");

    private final String label;

    ClosedBecause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
