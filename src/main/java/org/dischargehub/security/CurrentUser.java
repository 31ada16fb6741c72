package org.dischargehub.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking, as the services see it; the same for a Vaadin session, an API call and a process step. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<HubUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HubUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    /** Refuses a provider user acting on another provider's data; other roles pass. */
    public static void requireOwnProviderIfProvider(Long providerId) {
        get().filter(user -> user.role() == Role.PROVIDER)
                .ifPresent(user -> {
                    if (!user.providerId().equals(providerId)) {
                        throw new AccessDeniedException("This belongs to another provider");
                    }
                });
    }

    public static boolean hasRole(Role role) {
        return get().map(user -> user.role() == role || (role == Role.COORDINATOR && user.role() == Role.MANAGER))
                .orElse(false);
    }
}
