package org.dischargehub.security.web;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.dischargehub.security.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which roles may call which address of the API, checked before the body or the parameters are read: someone not
 * allowed gets 403 whatever they sent, never a 400 that tells them about the input. The services check the same roles
 * again (the UI reaches them without passing here); an address not listed is left to its service alone. A manager
 * also holds the coordinator's role.
 */
final class ApiRoles {

    private static final String MANAGER = Role.MANAGER.name();
    private static final String COORDINATOR = Role.COORDINATOR.name();
    private static final String MDT = Role.MDT.name();
    private static final String PROVIDER = Role.PROVIDER.name();
    private static final String CALLER = Role.CALLER.name();

    private ApiRoles() {
    }

    static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry require(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        return api
                .requestMatchers(POST, "/api/localities", "/api/providers", "/api/schemes", "/api/settings",
                        "/api/settings/*/beds", "/api/users", "/api/delay-reasons",
                        "/api/incidents/*/retry").hasRole(MANAGER)
                .requestMatchers(DELETE, "/api/delay-reasons/*").hasRole(MANAGER)
                .requestMatchers(GET, "/api/users", "/api/audit", "/api/incidents", "/api/recharges").hasRole(MANAGER)

                .requestMatchers(GET, "/api/calls").hasAnyRole(CALLER, COORDINATOR)
                .requestMatchers(POST, "/api/calls/*/outcome").hasAnyRole(CALLER, COORDINATOR)

                .requestMatchers(POST, "/api/referrals/*/triage").hasRole(MDT)
                .requestMatchers(PUT, "/api/referrals/*/ready-to-leave").hasRole(MDT)
                .requestMatchers(POST, "/api/referrals", "/api/referrals/*/discharge", "/api/referrals/*/cancel")
                .hasAnyRole(MDT, COORDINATOR)
                .requestMatchers(PUT, "/api/referrals/*/delay-reason", "/api/referrals/*/contact")
                .hasAnyRole(MDT, COORDINATOR)
                .requestMatchers(GET, "/api/referrals/*/contact", "/api/referrals/*/letters", "/api/letters/*")
                .hasAnyRole(MDT, COORDINATOR)
                .requestMatchers(GET, "/api/referrals/*/handover").hasAnyRole(COORDINATOR, PROVIDER)
                .requestMatchers(GET, "/api/handovers").hasRole(PROVIDER)
                .requestMatchers(GET, "/api/referrals/*/options", "/api/referrals/*/options/left-out")
                .hasRole(COORDINATOR)
                .requestMatchers(GET, "/api/referrals", "/api/referrals/*").hasAnyRole(MDT, COORDINATOR)
                .requestMatchers(POST, "/api/referrals/*/allocation", "/api/referrals/*/move",
                        "/api/referrals/*/funding-decision", "/api/referrals/*/funding-decision/amendments",
                        "/api/referrals/*/assessment", "/api/referrals/*/close", "/api/provider-follow-ups/*/close",
                        "/api/providers/*/outbreak-closure", "/api/escalations/*/acknowledge",
                        "/api/referrals/*/escalation").hasRole(COORDINATOR)
                .requestMatchers(GET, "/api/kpis", "/api/sitrep", "/api/messages", "/api/forecast").hasRole(COORDINATOR)
                .requestMatchers(POST, "/api/messages/*/retry").hasRole(COORDINATOR)
                .requestMatchers(GET, "/api/capacity/home-care", "/api/escalations", "/api/provider-risk")
                .hasAnyRole(COORDINATOR, MDT)

                .requestMatchers(POST, "/api/offers/*/accept", "/api/offers/*/decline", "/api/offers/*/hand-back")
                .hasRole(PROVIDER)
                .requestMatchers(POST, "/api/referrals/*/reservation/decline").hasAnyRole(COORDINATOR, PROVIDER)
                .requestMatchers(PUT, "/api/beds/*/availability", "/api/settings/*/admissions",
                        "/api/providers/*/capacity/*", "/api/providers/*/status/*").hasAnyRole(COORDINATOR, PROVIDER)
                .requestMatchers(GET, "/api/offers", "/api/providers/*/status").hasAnyRole(COORDINATOR, PROVIDER);
    }
}
