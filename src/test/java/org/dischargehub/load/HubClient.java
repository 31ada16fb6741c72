package org.dischargehub.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** One user of a running hub's HTTP API (HTTP Basic); every call's latency and status go to the run's {@link Stats}. */
public final class HubClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final String authorization;
    private final Stats stats;

    public HubClient(String baseUrl, String username, String password, Stats stats) {
        this(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl, "Basic " + Base64
                .getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), stats);
    }

    private HubClient(String baseUrl, String authorization, Stats stats) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.stats = stats;
    }

    public HubClient as(String username, String password) {
        return new HubClient(baseUrl, username, password, stats);
    }

    /** The same user, counted in another run's figures. */
    public HubClient reportingTo(Stats other) {
        return new HubClient(baseUrl, authorization, other);
    }

    public Result get(String call, String path) {
        return send("GET", call, path, null);
    }

    public Result post(String call, String path, Object body) {
        return send("POST", call, path, body);
    }

    public Result put(String call, String path, Object body) {
        return send("PUT", call, path, body);
    }

    private Result send(String method, String call, String path, Object body) {
        String name = method + " " + call;
        long start = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json")
                    .header("Authorization", authorization)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            stats.record(name, response.statusCode(), contentType.startsWith("application/problem+json"),
                    System.nanoTime() - start, response.body());
            return new Result(response.statusCode(), response.body());
        } catch (IOException e) {
            stats.transportError(name, e);
            return new Result(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(0, "");
        }
    }

    public record Result(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        public Result expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": expected " + expected + " but got " + status + " " + body);
            }
            return this;
        }
    }
}
