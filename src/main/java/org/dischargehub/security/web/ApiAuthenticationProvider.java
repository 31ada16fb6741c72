package org.dischargehub.security.web;

import org.dischargehub.security.HubUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The API's HTTP Basic sign-in: the account is loaded and checked (locked?) on every request as before; the
 * password skips BCrypt only when {@link VerifiedCredentials} verified this very password for the account as it
 * still stands. Any other password gets the full check, and a wrong one is a failure like any other (lock-out).
 */
class ApiAuthenticationProvider extends DaoAuthenticationProvider {

    private final VerifiedCredentials verified;

    ApiAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, VerifiedCredentials verified) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        this.verified = verified;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails userDetails,
            UsernamePasswordAuthenticationToken authentication) throws AuthenticationException {
        HubUser user = (HubUser) userDetails;
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        if (verified.matches(user, password)) {
            return;
        }
        try {
            super.additionalAuthenticationChecks(userDetails, authentication);
        } catch (AuthenticationException e) {
            verified.failed(user.username());
            throw e;
        }
        verified.remember(user, password);
    }
}
