package org.dischargehub.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: a role and, for a provider user, the one provider it belongs to. {@code failuresOnRecord}:
 * when the account was read, it had failed attempts or a lock to clear on a successful sign-in.
 */
public record HubUser(String username, String passwordHash, Role role, Long providerId, boolean locked,
        boolean failuresOnRecord) implements UserDetails {

    public HubUser(String username, String passwordHash, Role role, Long providerId, boolean locked) {
        this(username, passwordHash, role, providerId, locked, true);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (role == Role.MANAGER) {
            return List.of(new SimpleGrantedAuthority(Role.MANAGER.authority()),
                    new SimpleGrantedAuthority(Role.COORDINATOR.authority()));
        }
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String toString() {
        return "HubUser[" + username + ", " + role + "]";
    }
}
