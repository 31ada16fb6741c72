package org.dischargehub.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a browser does over HTTP, without the browser: keeps cookies, signs in through the hub's login form. */
public final class WebSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    private WebSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebSession signIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        session.get("/login");
        Page signedIn = session.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username)
                        + "&password=" + encode(password))));
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + signedIn);
        }
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json").GET());
    }

    public Page postJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No cookie " + name));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Page(int status, HttpHeaders headers, String body) {

        public String location() {
            return headers.firstValue("Location").orElse("");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + location() + " " + body;
        }
    }
}
