package org.dischargehub.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Work the hub does on its own (timers, start-up seeding) runs as "system" with a manager's rights. */
public final class SystemUser {

    public static final String NAME = "system";

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        return callAs(NAME, List.of(Role.MANAGER, Role.COORDINATOR), work);
    }

    /**
     * Acts under a named identity with the given roles: seeding (the demo run's MDT triages), and the referral the hub
     * makes for a caller who found that a person needs help, named as made by that caller.
     */
    public static <T> T callAs(String name, List<Role> roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
