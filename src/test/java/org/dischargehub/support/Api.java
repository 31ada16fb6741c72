package org.dischargehub.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the hub's API, signed in as one user: real HTTP, real JSON. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final String authorization;
    private final boolean checked;

    private Api(int port, String authorization, boolean checked) {
        this.port = port;
        this.authorization = authorization;
        this.checked = checked;
    }

    public static Api as(int port, String username, String password) {
        return new Api(port, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), true);
    }

    public static Api anonymous(int port) {
        return new Api(port, null, true);
    }

    /**
     * The same caller, for calls that leave the API's description on purpose (unknown paths, wrong methods or
     * media types): they are not checked against it. Every other call is ({@link ApiContract}).
     */
    public Api unchecked() {
        return new Api(port, authorization, false);
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Response get(String path, String accept) {
        return send("GET", path, null, accept);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, "application/json");
    }

    public Response send(String method, String path, Object body, String accept) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            Response response = exchange(method, path, text, "application/json", accept);
            if (checked) {
                ApiContract.check(port, method, path, text, "application/json", accept, authorization, response);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends the body exactly as given (null: none) with the given content type, as a careless client might: off the
     * API's description, so not checked against it.
     */
    public Response sendRaw(String method, String path, String body, String contentType) {
        return exchange(method, path, body, contentType, "application/json");
    }

    private Response exchange(String method, String path, String body, String contentType, String accept) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", accept)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (body != null) {
                request.header("Content-Type", contentType);
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public JsonNode json() {
            try {
                return body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }

        /** The element of a JSON array whose field has the value, or a missing node. */
        public JsonNode find(String field, String value) {
            for (JsonNode element : json()) {
                if (value.equals(element.path(field).asText())) {
                    return element;
                }
            }
            return MissingNode.getInstance();
        }

        public boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }
}
