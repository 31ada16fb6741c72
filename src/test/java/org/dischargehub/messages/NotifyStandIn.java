package org.dischargehub.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for GOV.UK Notify's API (POST /v2/notifications/sms and /letter): answers as Notify does, can fail
 * the first N calls for each reference with a 500, and records every call it gets.
 */
final class NotifyStandIn implements AutoCloseable {

    /** One call: where to, the reference it carried, its JSON body, its bearer token, and the status answered. */
    record Call(String path, String reference, JsonNode body, String authorization, int status) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> triesByReference = new ConcurrentHashMap<>();
    private volatile int failFirst;

    private NotifyStandIn(HttpServer server) {
        this.server = server;
    }

    static NotifyStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            NotifyStandIn notify = new NotifyStandIn(server);
            server.createContext("/v2/notifications/", notify::answer);
            server.start();
            return notify;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** From now on, the first {@code n} calls for each reference answer 500. */
    void failFirst(int n) {
        failFirst = n;
    }

    List<Call> callsFor(String reference) {
        return calls.stream().filter(c -> reference.equals(c.reference())).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        String reference = body.path("reference").asText(null);
        int tries = triesByReference.computeIfAbsent(String.valueOf(reference), r -> new AtomicInteger())
                .incrementAndGet();
        boolean fail = tries <= failFirst;
        String path = exchange.getRequestURI().getPath();
        int status = fail ? 500 : 201;
        calls.add(new Call(path, reference, body, exchange.getRequestHeaders().getFirst("Authorization"), status));
        String id = UUID.randomUUID().toString();
        String answer = fail ? JSON.writeValueAsString(Map.of("status_code", 500,
                "errors", List.of(Map.of("error", "Exception", "message", "Internal server error"))))
                : path.endsWith("/sms") ? JSON.writeValueAsString(Map.of("id", id, "reference", reference,
                        "content", Map.of("body", "a text", "from_number", "GOVUK"),
                        "template", Map.of("id", body.path("template_id").asText(), "version", 1,
                                "uri", baseUrl() + "/v2/template/" + body.path("template_id").asText())))
                : JSON.writeValueAsString(Map.of("id", id, "reference", reference, "postage", "second"));
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
