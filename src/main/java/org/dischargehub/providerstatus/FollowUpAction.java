package org.dischargehub.providerstatus;

/** What the hub did about a red rating. */
public enum FollowUpAction {
    RELIEF_STAFF("Relief staff arranged"),
    SUPPLIES("Protective equipment supplied"),
    INFECTION_CONTROL_VISIT("Infection-control visit"),
    ADVICE("Advice and support given"),
    NO_ACTION_NEEDED("Contacted: no action needed");

    private final String label;

    FollowUpAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
