package org.dischargehub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServlet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** The response headers a browser relies on, on the UI, the API, a problem answer and Cockpit; cookie and timeout. */
@HubIntegrationTest
class SecurityHeadersIntegrationTest {

    static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    @Test
    void ui_pages_carry_a_content_security_policy_vaadin_tolerates_and_refuse_framing_and_sniffing() {
        HttpHeaders login = get("/login", "text/html", null, null).headers();
        assertThat(login.allValues("Content-Security-Policy")).containsExactly(SecurityHeaders.UI_POLICY);
        assertThat(SecurityHeaders.UI_POLICY).contains("frame-ancestors 'none'", "object-src 'none'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        assertThat(login.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();

        WebSession.Page home = WebSession.signIn(port, "coordinator", "coordinator").get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.headers().allValues("Content-Security-Policy")).containsExactly(SecurityHeaders.UI_POLICY);
        assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void api_answers_and_problem_answers_carry_the_apis_closed_policy() {
        HttpResponse<String> answer = get("/api/localities", "application/json", "manager:manager", null);
        HttpResponse<String> problem = get("/api/referrals/no-such-referral", "application/json",
                "coordinator:coordinator", null);
        HttpResponse<String> anonymous = get("/api/localities", "application/json", null, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        for (HttpResponse<String> response : List.of(answer, problem, anonymous)) {
            HttpHeaders headers = response.headers();
            assertThat(headers.allValues("Content-Security-Policy")).as(response.uri() + " " + response.statusCode())
                    .containsExactly("default-src 'none'; frame-ancestors 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
        }
        assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void behind_a_tls_proxy_responses_get_hsts_and_the_session_cookie_is_secure() {
        HttpResponse<String> plain = get("/login", "text/html", null, null);
        HttpResponse<String> proxied = get("/login", "text/html", null, "https");
        HttpResponse<String> proxiedApi = get("/api/localities", "application/json", "manager:manager", "https");

        assertThat(sessionCookie(plain)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(sessionCookie(proxied)).contains("HttpOnly", "SameSite=Lax", "Secure");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(proxiedApi.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void cockpit_keeps_its_own_nonce_based_policy_instead_of_the_hubs() {
        WebSession.Page cockpit = WebSession.signIn(port, "manager", "manager").get("/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).isEqualTo(200);
        List<String> policies = cockpit.headers().allValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0)).contains("'strict-dynamic'", "frame-ancestors 'none'")
                .isNotEqualTo(SecurityHeaders.UI_POLICY);
        assertThat(cockpit.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void a_signed_in_session_ends_after_thirty_idle_minutes_and_heartbeats_do_not_keep_it_alive() {
        HttpResponse<String> login = get("/login", "text/html", null, null);
        String id = sessionCookie(login).split(";")[0].substring("JSESSIONID=".length());
        Context root = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        Session session = find(root, id);
        assertThat(session).as("the login page's session").isNotNull();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);

        VaadinServlet vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance).map(VaadinServlet.class::cast).findFirst().orElseThrow();
        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    private static Session find(Context root, String id) {
        try {
            return root.getManager().findSession(id);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private HttpResponse<String> get(String path, String accept, String credentials, String forwardedProto) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept);
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
