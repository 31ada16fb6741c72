package org.dischargehub.security;

/** The hub's roles. A manager may do everything a coordinator may. */
public enum Role {
    MDT, COORDINATOR, MANAGER, PROVIDER;

    public String authority() {
        return "ROLE_" + name();
    }
}
