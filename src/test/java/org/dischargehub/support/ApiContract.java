package org.dischargehub.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds every API call a test makes to the hub's own description of its API, fetched once per hub from
 * {@code /v3/api-docs}, with Atlassian's OpenAPI validator. A 2xx answer needs a request the description allows and
 * an answer it describes; a 4xx or 5xx answer needs only to be described (the refusal of an invalid request is
 * itself the contract). Any mismatch fails the test with the validator's message. Paths outside {@code /api/} are
 * not part of the described API and are not checked.
 */
final class ApiContract {

    private static final Map<Integer, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private ApiContract() {
    }

    static void check(int port, String method, String pathAndQuery, String body, String contentType, String accept,
            String authorization, Api.Response response) {
        URI uri = URI.create(pathAndQuery);
        String path = uri.getRawPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(port, ApiContract::load);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path).withAccept(accept);
        if (body != null) {
            request.withBody(body).withContentType(contentType);
        }
        if (authorization != null) {
            request.withAuthorization(authorization);
        }
        query(uri.getRawQuery(), request);
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status())
                .withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), answer.build());
        if (response.status() < 400) {
            report = validator.validateRequest(request.build()).merge(report);
        }
        if (report.hasErrors()) {
            throw new AssertionError("The API's description and this call disagree (" + method + " " + pathAndQuery
                    + " -> " + response + "):\n" + SimpleValidationReportFormat.getInstance().apply(report));
        }
    }

    private static void query(String rawQuery, SimpleRequest.Builder request) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        params.forEach(request::withQueryParam);
    }

    private static OpenApiInteractionValidator load(int port) {
        try {
            HttpResponse<String> docs = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (docs.statusCode() != 200) {
                throw new IllegalStateException("No API description: " + docs.statusCode() + " " + docs.body());
            }
            // The test client asks for JSON even where the answer has no body (a 202): what comes back is checked.
            return OpenApiInteractionValidator.createForInlineApiSpecification(docs.body())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE).build())
                    .build();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
