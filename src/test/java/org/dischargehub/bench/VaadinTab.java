package org.dischargehub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One signed-in browser tab of the hub without the browser: the same HTTP requests Vaadin Flow 24's client sends.
 * Sign-in is Spring Security's form POST; the tab then loads the route's page, asks for a UI ({@code ?v-r=init},
 * which answers with the UI id, the CSRF key and the first UIDL), and navigates that UI to the route with the
 * {@code ui-navigate} event, as {@code Flow.js} does. Each later request carries the last server sync id and the
 * next client id. The tab keeps only what it needs: its cookie, the keys, and element ids mapped to state nodes.
 * All tabs share one HTTP client, so the client side adds next to nothing to the heap being measured.
 */
final class VaadinTab {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String[] CLICK_DATA = {"event.shiftKey", "event.metaKey", "event.detail", "event.ctrlKey",
            "event.clientX", "event.clientY", "event.altKey", "event.button", "event.screenY", "event.screenX"};

    private final int port;
    private final String sessionCookie;
    private final Map<String, Integer> nodesByElementId = new HashMap<>();
    private int uiId = -1;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private String lastClicked;
    private long lastResponseBytes;

    private VaadinTab(int port, String sessionCookie) {
        this.port = port;
        this.sessionCookie = sessionCookie;
    }

    /** Spring Security's form login, nothing else: the bare signed-in HTTP session. */
    static VaadinTab signIn(int port, String username, String password) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password))));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + response.statusCode());
        }
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("No session cookie after sign-in"));
        return new VaadinTab(port, cookie);
    }

    /** Loads the route as a browser would: the page, a new UI, then the navigation that builds the view. */
    VaadinTab open(String route) {
        HttpResponse<String> page = get("/" + route);
        if (page.statusCode() != 200 || !page.body().contains("<html")) {
            throw new IllegalStateException("GET /" + route + " answered " + page.statusCode());
        }
        HttpResponse<String> init = get("/?v-r=init&location=" + encode(route) + "&query=");
        JsonNode config = parse(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        accept(uidl);
        ObjectNode navigation = JSON.createObjectNode()
                .put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
        navigation.putObject("historyState").put("idx", 0);
        event(1, "ui-navigate", navigation);
        return this;
    }

    /** A click on the element with this id, as the browser's click listener reports it. */
    JsonNode click(String elementId) {
        Integer node = nodesByElementId.get(elementId);
        if (node == null) {
            throw new IllegalStateException("No element #" + elementId + " in UI " + uiId);
        }
        ObjectNode data = JSON.createObjectNode();
        for (String key : CLICK_DATA) {
            if (key.endsWith("Key")) {
                data.put(key, false);
            } else {
                data.put(key, key.equals("event.detail") ? 1 : 0);
            }
        }
        lastClicked = elementId;
        return event(node, "click", data);
    }

    /** The size of the last UIDL response as a Java string holds it (Latin-1 or UTF-16): Vaadin keeps it per UI. */
    long lastResponseBytes() {
        return lastResponseBytes;
    }

    String lastClicked() {
        return lastClicked;
    }

    boolean has(String elementId) {
        return nodesByElementId.containsKey(elementId);
    }

    private JsonNode event(int node, String name, ObjectNode data) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode rpc = body.putArray("rpc");
        rpc.addObject().put("type", "event").put("node", node).put("event", name).set("data", data);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        String text = response.body();
        if (response.statusCode() != 200 || !text.startsWith("for(;;);")) {
            throw new IllegalStateException("UIDL request answered " + response.statusCode() + ": " + text);
        }
        lastResponseBytes = (long) text.length() * (text.chars().allMatch(c -> c < 256) ? 1 : 2);
        JsonNode uidl = parse(text.substring("for(;;);".length())).get(0);
        if (uidl.has("meta") && (uidl.path("meta").has("appError") || uidl.path("meta").has("sessionExpired"))) {
            throw new IllegalStateException("Vaadin refused the request: " + uidl.path("meta"));
        }
        accept(uidl);
        return uidl;
    }

    private void accept(JsonNode uidl) {
        syncId = uidl.path("syncId").asInt(syncId);
        clientId = uidl.path("clientId").asInt(clientId);
        for (JsonNode change : uidl.path("changes")) {
            if ("put".equals(change.path("type").asText()) && "id".equals(change.path("key").asText())
                    && change.path("value").isTextual()) {
                nodesByElementId.put(change.path("value").asText(), change.path("node").asInt());
            }
        }
    }

    private HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "text/html,application/json").GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", sessionCookie);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + text, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
