package org.dischargehub.support;

import java.util.function.Supplier;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a signed-in person, the way a Vaadin session or an API call would. */
public final class As {

    private As() {
    }

    public static <T> T user(String username, Role role, Long providerId, Supplier<T> work) {
        HubUser user = new HubUser(username, "", role, providerId, false);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static <T> T mdt(Supplier<T> work) {
        return user("mdt", Role.MDT, null, work);
    }

    public static <T> T coordinator(Supplier<T> work) {
        return user("coordinator", Role.COORDINATOR, null, work);
    }

    public static <T> T manager(Supplier<T> work) {
        return user("manager", Role.MANAGER, null, work);
    }
}
