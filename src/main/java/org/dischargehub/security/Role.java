package org.dischargehub.security;

/**
 * The hub's roles. A manager may do everything a coordinator may. A caller (a voluntary-sector partner making the
 * calls after discharge) sees only the calls due and what each call needs.
 */
public enum Role {
    MDT, COORDINATOR, MANAGER, PROVIDER, CALLER;

    public String authority() {
        return "ROLE_" + name();
    }
}
