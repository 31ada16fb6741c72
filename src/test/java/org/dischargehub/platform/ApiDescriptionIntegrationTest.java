package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dischargehub.support.Api;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The served OpenAPI description is valid and tells a client generated from it what the API really does. */
@HubIntegrationTest
class ApiDescriptionIntegrationTest {

    @LocalServerPort
    int port;

    JsonNode docs;

    @BeforeEach
    void fetch() {
        Api.Response response = Api.anonymous(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        docs = response.json();
    }

    @Test
    void the_description_is_valid_openapi() {
        SwaggerParseResult parsed = new OpenAPIParser().readContents(docs.toString(), null, null);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/api/referrals", "/api/recharges");
    }

    @Test
    void every_operation_needs_http_basic() {
        JsonNode scheme = docs.at("/components/securitySchemes/basic");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("basic");
        assertThat(docs.at("/security/0").has("basic")).isTrue();
    }

    @Test
    void every_operation_answers_its_errors_as_problems() {
        JsonNode problem = docs.at("/components/schemas/Problem/properties");
        assertThat(problem.fieldNames()).toIterable().contains("status", "title", "detail", "errors");
        assertThat(problem.at("/errors/items/properties").fieldNames()).toIterable().contains("field", "message");
        List<String> missing = new ArrayList<>();
        operations().forEach((label, operation) -> {
            List<String> statuses = new ArrayList<>(List.of("400", "401", "403", "default"));
            if (label.contains("{")) {
                statuses.add("404");
            }
            if (!label.startsWith("GET ")) {
                statuses.add("409");
            }
            for (String status : statuses) {
                JsonNode schema = operation.at("/responses/" + status + "/content/application~1problem+json/schema");
                if (!schema.path("$ref").asText().equals("#/components/schemas/Problem")) {
                    missing.add(label + " " + status);
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void status_filters_list_their_values() {
        assertThat(values(query("/api/referrals", "status"))).contains("AWAITING_TRIAGE", "CLOSED", "CANCELLED");
        assertThat(values(query("/api/beds", "status"))).containsExactlyInAnyOrder("AVAILABLE", "RESERVED",
                "OCCUPIED", "CLOSED");
        assertThat(values(query("/api/beds", "type"))).contains("REHAB", "END_OF_LIFE");
        assertThat(values(query("/api/offers", "status"))).contains("OPEN", "ACCEPTED", "DECLINED", "EXPIRED");
    }

    @Test
    void the_recharge_month_is_required_and_written_like_2026_11() {
        JsonNode month = query("/api/recharges", "month");
        assertThat(month.path("required").asBoolean()).isTrue();
        assertThat(Pattern.compile(month.at("/schema/pattern").asText()).matcher("2026-11").find()).isTrue();
        assertThat(Pattern.compile(month.at("/schema/pattern").asText()).matcher("November").find()).isFalse();
    }

    @Test
    void dates_in_paths_and_queries_are_dates() {
        assertThat(parameter("/api/providers/{code}/capacity/{date}", "put", "path", "date").at("/schema/format")
                .asText()).isEqualTo("date");
        assertThat(parameter("/api/providers/{code}/status/{date}", "put", "path", "date").at("/schema/format")
                .asText()).isEqualTo("date");
        for (String[] q : new String[][] {{"/api/capacity/home-care", "date"}, {"/api/kpis", "from"},
                {"/api/kpis", "to"}, {"/api/sitrep", "day"}, {"/api/audit", "from"}, {"/api/audit", "to"}}) {
            assertThat(query(q[0], q[1]).at("/schema/format").asText()).as(q[0] + " " + q[1]).isEqualTo("date");
        }
    }

    @Test
    void a_username_is_letters_digits_and_dot_underscore_at_hyphen_only() {
        JsonNode username = schema(docs.at("/paths/~1api~1users/post/requestBody/content/application~1json/schema"))
                .at("/properties/username");
        Pattern pattern = Pattern.compile(username.path("pattern").asText());
        assertThat(pattern.matcher("alice.smith@county-1").find()).isTrue();
        assertThat(pattern.matcher("alice smith").find()).isFalse();
        assertThat(pattern.matcher("<script>").find()).isFalse();
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        docs.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue())));
        return operations;
    }

    private JsonNode query(String path, String name) {
        return parameter(path, "get", "query", name);
    }

    private JsonNode parameter(String path, String method, String in, String name) {
        for (JsonNode parameter : docs.path("paths").path(path).path(method).path("parameters")) {
            if (parameter.path("in").asText().equals(in) && parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no " + in + " parameter " + name + " on " + method + " " + path);
    }

    private List<String> values(JsonNode parameter) {
        List<String> values = new ArrayList<>();
        schema(parameter.path("schema")).path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private JsonNode schema(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : docs.at(ref.substring(1));
    }
}
