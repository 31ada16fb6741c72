package org.dischargehub.security.web;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dischargehub.security.Role;
import org.dischargehub.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two doors: the HTTP API (stateless, HTTP Basic, problem+json) and the Vaadin UI (form login, session).
 * Both are closed by default; roles are checked again in every service method. The API remembers a password that
 * passed BCrypt for a few minutes ({@link VerifiedCredentials}); the UI's session already spares it repeated checks. Cockpit shares the UI's session
 * and brings its own CSRF token, which Cockpit's pages send instead of Spring's.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration extends VaadinWebSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Refusals by an address's roles are published as events, for the audit (never the grants). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /** A request the firewall refuses (an encoded percent, "..") is a 400 problem, not a redirect to the login. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> problem(response, 400, "Bad request", "The request address is not acceptable");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
            VerifiedCredentials verifiedCredentials, AuthenticationEventPublisher events) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authenticationManager(basicSignIn(users, passwordEncoder, verifiedCredentials, events))
                .authorizeHttpRequests(auth -> ApiRoles.require(auth
                        .requestMatchers("/v3/api-docs/**").permitAll())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        (request, response, e) -> problem(response, 401, "Unauthorized", "Sign in with HTTP Basic")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(
                                (request, response, e) -> problem(response, 401, "Unauthorized", "Sign in with HTTP Basic"))
                        .accessDeniedHandler((request, response, e) -> problem(response, 403, "Forbidden",
                                "You are not allowed to do this")))
                .headers(SecurityHeaders.api());
        return http.build();
    }

    /**
     * FHIR at /fhir: the API's door (HTTP Basic, stateless, no CSRF), answering a refusal with an OperationOutcome.
     * The capability statement is public, as FHIR clients expect; the services check each role as they do for /api.
     */
    @Bean
    @Order(2)
    SecurityFilterChain fhirSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
            VerifiedCredentials verifiedCredentials, AuthenticationEventPublisher events) throws Exception {
        // FHIR has a servlet of its own: match its paths as they are, not as Spring MVC's servlet would see them
        PathPatternRequestMatcher.Builder fhir = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(fhir.matcher("/fhir/**"))
                .authenticationManager(basicSignIn(users, passwordEncoder, verifiedCredentials, events))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(fhir.matcher(HttpMethod.GET, "/fhir/metadata")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> outcome(response, 401,
                        "login", "Sign in with HTTP Basic")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> outcome(response, 401, "login",
                                "Sign in with HTTP Basic"))
                        .accessDeniedHandler((request, response, e) -> outcome(response, 403, "forbidden",
                                "You are not allowed to do this")))
                .headers(SecurityHeaders.api());
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/camunda/**").hasRole(Role.MANAGER.name()));
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"));
        http.headers(SecurityHeaders.ui());
        super.configure(http);
        setLoginView(http, LoginView.class);
    }

    private static ProviderManager basicSignIn(UserDetailsService users, PasswordEncoder passwordEncoder,
            VerifiedCredentials verifiedCredentials, AuthenticationEventPublisher events) {
        ProviderManager signIn =
                new ProviderManager(new ApiAuthenticationProvider(users, passwordEncoder, verifiedCredentials));
        signIn.setAuthenticationEventPublisher(events);
        return signIn;
    }

    /** A FHIR OperationOutcome with one error issue of the given code, for refusals before the FHIR server runs. */
    static void outcome(HttpServletResponse response, int status, String code, String diagnostics) throws IOException {
        response.setStatus(status);
        response.setContentType("application/fhir+json");
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"discharge-hub\"");
        }
        response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                + "\"code\":\"" + code + "\",\"diagnostics\":\"" + diagnostics + "\"}]}");
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"discharge-hub\"");
        }
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
