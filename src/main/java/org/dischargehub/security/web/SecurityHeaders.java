package org.dischargehub.security.web;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The response headers of both doors. Spring Security's defaults stay on (X-Content-Type-Options: nosniff,
 * X-Frame-Options: DENY, no caching of pages); HSTS is written only when the request arrived over TLS (directly or,
 * with {@code server.forward-headers-strategy: native}, through a proxy that says X-Forwarded-Proto: https).
 */
final class SecurityHeaders {

    /**
     * What Vaadin Flow 24 needs and no more: its bootstrap is an inline script, its client engine builds functions
     * from what the server sends (unsafe-eval), components set inline styles, push and the UIDL go to the same origin.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The API answers JSON and CSV only: nothing in it may load or frame anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return headers -> common(headers, ReferrerPolicy.NO_REFERRER)
                .contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    /** Cockpit under /camunda sends its own, nonce-based policy: two policies would both apply and break it. */
    static Customizer<HeadersConfigurer<HttpSecurity>> ui() {
        return headers -> common(headers, ReferrerPolicy.SAME_ORIGIN)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
                        new ContentSecurityPolicyHeaderWriter(UI_POLICY)));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers,
            ReferrerPolicy referrer) {
        return headers
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(policy -> policy.policy(referrer))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
