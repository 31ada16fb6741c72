package org.dischargehub.security;

import java.util.Collection;
import java.util.List;
import org.dischargehub.directory.ProviderKind;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: a role and, for a provider user, the one provider it belongs to and its kind.
 * {@code failuresOnRecord}: when the account was read, it had failed attempts or a lock to clear on a successful
 * sign-in.
 */
public record HubUser(String username, String passwordHash, Role role, Long providerId, boolean locked,
        boolean failuresOnRecord, ProviderKind providerKind) implements UserDetails {

    /** A provider user whose provider delivers home care: the screens for posting capacity and answering offers. */
    public static final String HOME_CARE_PROVIDER = "HOME_CARE_PROVIDER";
    /** A provider user whose provider runs care settings with beds. */
    public static final String BED_BASED_PROVIDER = "BED_BASED_PROVIDER";

    public HubUser(String username, String passwordHash, Role role, Long providerId, boolean locked) {
        this(username, passwordHash, role, providerId, locked, true, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (role == Role.MANAGER) {
            return List.of(new SimpleGrantedAuthority(Role.MANAGER.authority()),
                    new SimpleGrantedAuthority(Role.COORDINATOR.authority()));
        }
        if (providerKind != null) {
            String kind = providerKind == ProviderKind.HOME_CARE ? HOME_CARE_PROVIDER : BED_BASED_PROVIDER;
            return List.of(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority("ROLE_" + kind));
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
