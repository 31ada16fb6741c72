package org.dischargehub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class CockpitAuthenticationProviderTest {

    final CockpitAuthenticationProvider provider = new CockpitAuthenticationProvider();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_signed_in_manager_is_a_camunda_admin() {
        signIn(Role.MANAGER);

        AuthenticationResult result = provider.extractAuthenticatedUser(null, null);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthenticatedUser()).isEqualTo("someone");
        assertThat(result.getGroups()).containsExactly("camunda-admin");
        assertThat(result.getTenants()).isEmpty();
    }

    @Test
    void every_other_role_is_nobody() {
        for (Role role : List.of(Role.MDT, Role.COORDINATOR, Role.PROVIDER)) {
            signIn(role);
            assertThat(provider.extractAuthenticatedUser(null, null).isAuthenticated()).as(role.name()).isFalse();
        }
    }

    @Test
    void nobody_signed_in_is_nobody() {
        assertThat(provider.extractAuthenticatedUser(null, null).isAuthenticated()).isFalse();

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        assertThat(provider.extractAuthenticatedUser(null, null).isAuthenticated()).isFalse();
    }

    private static void signIn(Role role) {
        HubUser user = new HubUser("someone", "hash", role, role == Role.PROVIDER ? 1L : null, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
