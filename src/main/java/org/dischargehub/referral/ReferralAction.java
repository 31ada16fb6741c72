package org.dischargehub.referral;

import java.util.Set;
import org.dischargehub.security.Role;

/**
 * What can happen to a referral, and who may make it happen from the hub. {@link Referral#refusal} says when each
 * may happen; the actions without roles are what providers and the process report about the person.
 */
public enum ReferralAction {
    TRIAGE(Role.MDT),
    ALLOCATE_BED(Role.COORDINATOR),
    MOVE_BED(Role.COORDINATOR),
    OFFER_HOME_CARE(Role.COORDINATOR),
    DISCHARGE(Role.MDT, Role.COORDINATOR),
    DECIDE_FUNDING(Role.COORDINATOR),
    AMEND_FUNDING_DECISION(Role.COORDINATOR),
    RECORD_ASSESSMENT(Role.COORDINATOR),
    CLOSE(Role.COORDINATOR),
    CANCEL(Role.MDT, Role.COORDINATOR),
    CHANGE_DELAY_REASON(Role.MDT, Role.COORDINATOR),
    RECORD_SAFE_AND_WELL_CALL(Role.COORDINATOR),
    RESET_READY_DATE(Role.MDT),
    ASK_FOR_RETRIAGE(Role.COORDINATOR),
    /** The home declines the bed reserved for the person; its own provider's users may too (checked per bed). */
    DECLINE_RESERVATION(Role.COORDINATOR),
    ACCEPT_HOME_CARE,
    DECLINE_HOME_CARE,
    LET_HOME_CARE_OFFER_LAPSE,
    HAND_BACK_HOME_CARE;

    private final Set<Role> roles;

    ReferralAction(Role... roles) {
        this.roles = Set.of(roles);
    }

    /** The roles that may take this action in the hub (a manager may do what a coordinator may). */
    public Set<Role> roles() {
        return roles;
    }

    public boolean mayBeTakenBy(Role role) {
        return roles.contains(role) || (role == Role.MANAGER && roles.contains(Role.COORDINATOR));
    }
}
