package org.dischargehub.security.web;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's container-based sign-in without its look-up in Camunda's own user tables, which would refuse every
 * hub account: the hub's accounts live in the hub. Cockpit only; Tasklist would complete tasks behind the hub's back.
 */
class CockpitAuthenticationFilter extends ContainerBasedAuthenticationFilter {

    static final Set<String> APPS = Set.of("cockpit", "welcome");

    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String username, List<String> groups,
            List<String> tenants) {
        UserAuthentication authentication = new UserAuthentication(username, engine.getName());
        authentication.setGroupIds(groups);
        authentication.setTenantIds(tenants);
        authentication.setAuthorizedApps(APPS);
        return authentication;
    }
}
