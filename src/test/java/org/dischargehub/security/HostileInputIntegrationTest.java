package org.dischargehub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What careless and hostile clients send, thrown at every operation the running hub describes in /v3/api-docs,
 * so a new endpoint is covered the day it is added: every answer is a 2xx or a 4xx problem+json, never a 500,
 * never a stack trace.
 */
@HubIntegrationTest
class HostileInputIntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Non-ASCII goes over the wire as \\u escapes, so lone surrogates and control characters arrive as sent. */
    static final ObjectWriter ESCAPING = JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    static final List<String> HOSTILE_STRINGS = List.of("' OR '1'='1", "'; drop table hub.referral; --",
            "<script>window.__pwned=1</script>", "<img src=x onerror=\"window.__pwned=1\">",
            "Zoë Łukasz 名前 🧑‍⚕️ \u202Eevil\u202C", "a\u0000b", "\u0007\b\u001b[31m\r\nX-Injected: 1", "\uD800");

    static final List<Object> ABSURD_NUMBERS = List.of(-1, 2147483648L, 1e308,
            new java.math.BigDecimal("99999999999999999999999999999.999"), 0.0000001);

    static final List<String> ODD_DATES = List.of("0000-01-01", "9999-12-31", "2026-02-30", "+999999999-12-31",
            "-0001-01-01", "tomorrow");

    static final List<String> BROKEN_BODIES = List.of("{", "{\"a\": }", "not json", "[]", "\"a string\"", "42",
            "null", "{}", "{\"a\":1}{\"b\":2}", "{\"a\":NaN}", "[".repeat(2000));

    static final List<String> ODD_IDS = List.of("%27", "%27%20OR%20%271%27%3D%271", "x".repeat(3000),
            "%E2%98%83%F0%9F%A7%91", "%2e%2e", "99999999999999999999999", "%3Cscript%3E", "%00", "%2F", "%25");

    static final Pattern STACK_TRACE = Pattern.compile(
            "\\tat |\\bat [a-z]+\\.[a-zA-Z.$]+\\(|Exception|\\.java:\\d+|org\\.springframework|org\\.hibernate|PSQL");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Api manager;
    Api provider;
    Fixture own;
    Fixture other;
    List<Operation> operations;
    final List<Probe> probes = new ArrayList<>();

    record Fixture(String locality, String provider, String homeCare, String setting, String bed, String referral) {
    }

    record Operation(String method, String path, List<Param> params, JsonNode bodySchema) {

        String label() {
            return method + " " + path;
        }
    }

    record Param(String name, String in, JsonNode schema) {
    }

    @BeforeEach
    void setUp() {
        Hub hub = Hub.on(port, "HL");
        manager = hub.manager;
        own = fixture(hub);
        other = fixture(Hub.on(port, "HL"));
        provider = hub.as(hub.county.user("hostile-prov", "PROVIDER", own.provider()));
        operations = operations(Api.anonymous(port).get("/v3/api-docs").json());
        assertThat(operations).extracting(Operation::label)
                .contains("POST /api/referrals", "GET /api/referrals/{id}", "GET /api/recharges");
    }

    @Test
    void malformed_truncated_and_wrongly_shaped_bodies_are_refused_with_a_problem() {
        for (Operation op : withBody()) {
            String path = path(op, own);
            String valid = write(sample(op.bodySchema()));
            List<String> bodies = new ArrayList<>(pick(BROKEN_BODIES, op.label(), 5));
            bodies.add(valid.substring(0, valid.length() / 2));
            bodies.add(valid.substring(0, valid.length() - 1));
            for (String body : bodies) {
                check(manager, op.method(), path, body, op.label() + " body " + abbreviate(body));
            }
            check(manager, op.method(), path, null, op.label() + " without a body");
            probes.add(new Probe(manager, op.method(), path, valid, "text/plain", op.label() + " as text/plain", true));
        }
        assertNoFailures();
    }

    @Test
    void missing_null_wrongly_typed_and_extra_fields_are_refused_with_a_problem() {
        for (Operation op : withBody()) {
            String path = path(op, own);
            ObjectNode valid = sample(op.bodySchema());
            forEachField(valid, field -> {
                List<Consumer<ObjectNode>> changes = List.of(body -> body.remove(field), body -> body.putNull(field),
                        body -> body.set(field, JSON.valueToTree(Map.of("a", 1))),
                        body -> body.set(field, JSON.valueToTree(List.of("x"))));
                List<String> names = List.of(" missing", " null", " an object", " an array");
                for (int i : pick(List.of(0, 1, 2, 3), op.label() + field, 2)) {
                    mutate(op, path, valid, changes.get(i), field + names.get(i));
                }
            });
            mutate(op, path, valid, body -> body.put("unexpectedField", "x").put("id", "forged")
                    .put("status", "CLOSED"), "extra fields");
        }
        assertNoFailures();
    }

    @Test
    void sql_script_unicode_and_control_characters_in_every_string_field_are_refused_or_stored_as_sent() {
        for (Operation op : withBody()) {
            String path = path(op, own);
            ObjectNode valid = sample(op.bodySchema());
            forEachField(valid, field -> {
                if (valid.get(field).isTextual()) {
                    List<String> hostiles = new ArrayList<>(HOSTILE_STRINGS.subList(1, 3));
                    hostiles.addAll(pick(HOSTILE_STRINGS, op.label() + field, 2));
                    for (String hostile : hostiles) {
                        mutate(op, path, valid, body -> body.put(field, hostile), field + "=" + abbreviate(hostile));
                    }
                }
            });
        }
        for (Operation op : operations) {
            for (Param query : op.params().stream().filter(p -> p.in().equals("query")).toList()) {
                for (String hostile : pick(HOSTILE_STRINGS, op.label() + query.name(), 3)) {
                    String url = path(op, own) + "?" + query.name() + "=" + encode(hostile);
                    check(manager, op.method(), url, op.bodySchema() == null ? null : write(sample(op.bodySchema())),
                            op.label() + " ?" + query.name() + "=" + abbreviate(hostile));
                }
            }
        }
        assertNoFailures();
    }

    @Test
    void enormous_strings_and_a_body_of_several_megabytes_are_refused_with_a_problem() {
        for (Operation op : withBody()) {
            String path = path(op, own);
            ObjectNode valid = sample(op.bodySchema());
            forEachField(valid, field -> {
                if (valid.get(field).isTextual()) {
                    for (int length : List.of(4001)) {
                        mutate(op, path, valid, body -> body.put(field, "A".repeat(length)), field + " of " + length);
                    }
                }
            });
            String firstText = firstTextField(valid);
            if (firstText != null) {
                mutate(op, path, valid, body -> body.put(firstText, "B".repeat(3_000_000)), firstText + " of 3 MB");
            }
            check(manager, op.method(), path, "[" + "1,".repeat(1_500_000) + "1]", op.label() + " 3 MB array");
        }
        for (Operation op : operations) {
            for (Param query : op.params().stream().filter(p -> p.in().equals("query")).toList()) {
                check(manager, op.method(), path(op, own) + "?" + query.name() + "=" + "C".repeat(5000),
                        op.bodySchema() == null ? null : write(sample(op.bodySchema())), op.label() + " long query");
            }
        }
        assertNoFailures();
    }

    @Test
    void negative_absurd_numbers_and_dates_out_of_range_are_refused_with_a_problem() {
        for (Operation op : withBody()) {
            String path = path(op, own);
            ObjectNode valid = sample(op.bodySchema());
            forEachField(valid, field -> {
                JsonNode value = valid.get(field);
                if (value.isNumber()) {
                    for (Object number : pick(ABSURD_NUMBERS, op.label() + field, 2)) {
                        mutate(op, path, valid, body -> body.set(field, JSON.valueToTree(number)), field + "=" + number);
                    }
                }
                if (isDate(op.bodySchema(), field)) {
                    for (String date : pick(ODD_DATES, op.label() + field, 3)) {
                        mutate(op, path, valid, body -> body.put(field, date), field + "=" + date);
                    }
                }
            });
            String raw = write(valid);
            check(manager, op.method(), path, raw.replaceFirst(":\\s*(-?\\d+(\\.\\d+)?)", ":1e999999999"),
                    op.label() + " huge exponent");
        }
        for (Operation op : operations) {
            for (Param query : op.params().stream().filter(p -> p.in().equals("query")).toList()) {
                for (String odd : pick(concat(ODD_DATES, List.of("2026-00", "0000-01", "9999-12")), op.label(), 3)) {
                    check(manager, op.method(), path(op, own) + "?" + query.name() + "=" + encode(odd),
                            op.bodySchema() == null ? null : write(sample(op.bodySchema())),
                            op.label() + " ?" + query.name() + "=" + odd);
                }
            }
        }
        assertNoFailures();
    }

    @Test
    void odd_path_ids_are_a_problem_never_a_500() {
        for (Operation op : operations.stream().filter(o -> o.path().contains("{")).toList()) {
            String body = op.bodySchema() == null ? null : write(sample(op.bodySchema()));
            for (String odd : pick(ODD_IDS, op.label(), 4)) {
                String path = op.path().replaceAll("\\{[^}]+}", odd);
                probes.add(new Probe(manager, op.method(), path, body, "application/json",
                        op.label() + " with id " + abbreviate(odd), true));
            }
        }
        assertNoFailures();
    }

    @Test
    void a_provider_user_sending_broken_input_or_another_providers_ids_gets_a_problem_and_no_access() {
        for (Operation op : operations) {
            String body = op.bodySchema() == null ? null : write(sample(op.bodySchema()));
            if (op.path().contains("{")) {
                probes.add(new Probe(provider, op.method(), path(op, other), body, "application/json",
                        "provider: " + op.label() + " with another provider's ids", true));
            }
            if (op.bodySchema() != null) {
                for (String broken : List.of("{", "[]", "42", "{\"a\":\"\\u0000\"}")) {
                    check(provider, op.method(), path(op, own), broken, "provider: " + op.label() + " " + broken);
                }
                ObjectNode withOtherProvider = sample(op.bodySchema());
                forEachField(withOtherProvider, field -> {
                    if (field.toLowerCase().contains("provider")) {
                        withOtherProvider.put(field, other.provider());
                    }
                });
                check(provider, op.method(), path(op, own), write(withOtherProvider),
                        "provider: " + op.label() + " naming another provider");
            }
        }
        assertNoFailures();
    }

    @Test
    void requests_racing_on_one_referral_get_a_conflict_never_a_500() throws Exception {
        Api mdt = Api.as(port, "mdt", "mdt");
        Api coordinator = Api.as(port, "coordinator", "coordinator");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<String> answers = new ArrayList<>();
        try {
            for (int round = 0; round < 4; round++) {
                Api.Response created = mdt.post("/api/referrals",
                        People.referral(own.locality(), TestClock.now().minus(1, ChronoUnit.HOURS)));
                String id = created.json().path("id").asText();
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Api.Response>> racing = List.of(
                        pool.submit(() -> {
                            start.await();
                            return mdt.post("/api/referrals/" + id + "/triage",
                                    Map.of("pathway", 2, "bedType", "NURSING", "rationale", "Rehab"));
                        }),
                        pool.submit(() -> {
                            start.await();
                            return coordinator.post("/api/referrals/" + id + "/cancel", Map.of("reason", "Duplicate"));
                        }),
                        pool.submit(() -> {
                            start.await();
                            return mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 0, "rationale", "Home"));
                        }));
                start.countDown();
                for (java.util.concurrent.Future<Api.Response> answer : racing) {
                    Api.Response response = answer.get();
                    answers.add(response.status() + " " + abbreviate(response.body()));
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).allMatch(a -> a.startsWith("200") || a.startsWith("409"), "200 or a 409 problem");
    }

    // --- discovering the operations ------------------------------------------------------------------------------

    private List<Operation> operations(JsonNode docs) {
        List<Operation> found = new ArrayList<>();
        docs.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operation = method.getValue();
            List<Param> params = new ArrayList<>();
            operation.path("parameters").forEach(p -> params.add(
                    new Param(p.path("name").asText(), p.path("in").asText(), resolve(docs, p.path("schema")))));
            JsonNode schema = null;
            for (JsonNode content : operation.path("requestBody").path("content")) {
                schema = resolveDeep(docs, content.path("schema"));
                break;
            }
            found.add(new Operation(method.getKey().toUpperCase(), path.getKey(), params, schema));
        }));
        JsonNode allProperties = allProperties(docs);
        return found.stream().map(op -> op.bodySchema() != null && !op.bodySchema().has("properties")
                ? new Operation(op.method(), op.path(), op.params(), JSON.createObjectNode().set("properties", allProperties))
                : op).toList();
    }

    /** A body the docs describe without fields (a free-form object) is tried with every field any body has. */
    private JsonNode allProperties(JsonNode docs) {
        ObjectNode all = JSON.createObjectNode();
        docs.path("components").path("schemas").forEach(schema -> schema.path("properties").fields()
                .forEachRemaining(p -> all.set(p.getKey(), resolve(docs, p.getValue()))));
        return all;
    }

    private JsonNode resolveDeep(JsonNode docs, JsonNode schema) {
        JsonNode resolved = resolve(docs, schema).deepCopy();
        if (resolved.has("properties")) {
            ObjectNode properties = JSON.createObjectNode();
            resolved.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), resolve(docs, p.getValue())));
            ((ObjectNode) resolved).set("properties", properties);
        }
        return resolved;
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return docs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private List<Operation> withBody() {
        return operations.stream().filter(op -> op.bodySchema() != null).toList();
    }

    /** A plausible body: the shape the docs describe with harmless values, so each mutation tests one thing. */
    private ObjectNode sample(JsonNode schema) {
        ObjectNode body = JSON.createObjectNode();
        schema.path("properties").fields().forEachRemaining(p -> body.set(p.getKey(), sampleValue(p.getKey(), p.getValue())));
        return body;
    }

    private JsonNode sampleValue(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String lower = name.toLowerCase();
        return switch (schema.path("type").asText("string")) {
            case "integer" -> JSON.valueToTree(lower.contains("pathway") ? 2 : lower.contains("tier") ? 1 : 7);
            case "number" -> JSON.valueToTree(new java.math.BigDecimal("10.50"));
            case "boolean" -> JSON.valueToTree(false);
            case "array" -> JSON.createArrayNode();
            case "object" -> JSON.createObjectNode();
            default -> JSON.valueToTree(sampleText(lower, schema.path("format").asText("")));
        };
    }

    private String sampleText(String name, String format) {
        if (format.equals("date")) {
            return "2026-11-02";
        }
        if (format.equals("date-time")) {
            return "2026-11-02T10:15:30Z";
        }
        if (name.contains("nhs")) {
            return People.nhsNumber();
        }
        if (name.contains("locality")) {
            return own.locality();
        }
        if (name.contains("provider")) {
            return own.homeCare();
        }
        if (name.contains("bed")) {
            return own.bed();
        }
        if (name.contains("setting")) {
            return own.setting();
        }
        return "Hostile input test";
    }

    private static boolean isDate(JsonNode schema, String field) {
        return schema.path("properties").path(field).path("format").asText("").startsWith("date");
    }

    /** Fills path parameters with a fixture's real ids, so the body reaches validation rather than a 404. */
    private static String path(Operation op, Fixture fixture) {
        Matcher matcher = Pattern.compile("([^/]+)/\\{([^}]+)}").matcher(op.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String collection = matcher.group(1);
            String value = switch (collection) {
                case "referrals" -> fixture.referral();
                case "settings" -> fixture.setting();
                case "beds" -> fixture.bed();
                case "providers" -> fixture.provider();
                case "localities" -> fixture.locality();
                default -> matcher.group(2).equals("date") ? "2026-11-02" : "unknown-" + collection;
            };
            matcher.appendReplacement(path, Matcher.quoteReplacement(collection + "/" + value));
        }
        matcher.appendTail(path);
        return path.toString().replace("{date}", "2026-11-02");
    }

    private Fixture fixture(Hub hub) {
        County county = hub.county;
        String provider = county.bedBasedProvider("HB");
        String homeCare = county.homeCareProvider("HH", "25.00");
        String setting = county.setting("HS", provider, hub.locality(), 1, "120.00", false);
        String bed = county.bed(setting, "01", "NURSING");
        String referral = new ReferralFactory(context, hub).awaitingTriage().id();
        return new Fixture(hub.locality(), provider, homeCare, setting, bed, referral);
    }

    // --- sending and judging -------------------------------------------------------------------------------------

    private void mutate(Operation op, String path, ObjectNode valid, Consumer<ObjectNode> change, String what) {
        ObjectNode body = valid.deepCopy();
        change.accept(body);
        check(manager, op.method(), path, write(body), op.label() + " " + what);
    }

    private void check(Api api, String method, String path, String body, String what) {
        probes.add(new Probe(api, method, path, body, "application/json", what, false));
    }

    /** One request and what must not happen: a 5xx, a redirect, a stack trace, an error that is not a problem. */
    record Probe(Api api, String method, String path, String body, String contentType, String what,
            boolean mustBeRefused) {
    }

    private void judge(Probe probe, Api.Response response, List<String> failures) {
        String what = probe.what();
        int status = response.status();
        if (probe.mustBeRefused() && status / 100 == 2) {
            failures.add(what + " -> succeeded but must be refused: " + abbreviate(response.toString()));
        }
        if (status == 409 && response.body().contains("Someone else changed this")) {
            failures.add(what + " -> a race reported where there is none (bad input mapped to 409): "
                    + abbreviate(response.toString()));
        }
        if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
            failures.add(what + " -> " + abbreviate(response.toString()));
            return;
        }
        if (STACK_TRACE.matcher(response.body()).find()) {
            failures.add(what + " -> stack trace or internals in the body: " + abbreviate(response.toString()));
        }
        if (status >= 400) {
            if (!response.isProblem()) {
                failures.add(what + " -> not problem+json: " + abbreviate(response.toString()));
            } else if (!isProblemBody(response, status)) {
                failures.add(what + " -> problem without status or title: " + abbreviate(response.toString()));
            }
        }
    }

    private static boolean isProblemBody(Api.Response response, int status) {
        try {
            return response.json().path("status").asInt() == status && !response.json().path("title").asText().isBlank();
        } catch (IllegalStateException notJson) {
            return false;
        }
    }

    private void assertNoFailures() {
        // one at a time: concurrent requests on the same referral would be a race test, not an input test
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            judge(probe, probe.api().sendRaw(probe.method(), probe.path(), probe.body(), probe.contentType()), failures);
        }
        assertThat(probes).hasSizeGreaterThan(20);
        Collections.sort(failures);
        assertThat(failures).as(failures.size() + " bad answers:\n" + String.join("\n", failures.stream().limit(60).toList()))
                .isEmpty();
    }

    /**
     * A few of the cases, a different few for each operation and field (fixed by their names, so a failure
     * repeats): across all operations every case is sent, at a fraction of the cost of sending all to each.
     */
    private static <T> List<T> pick(List<T> cases, String salt, int count) {
        int start = Math.floorMod(salt.hashCode(), cases.size());
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < Math.min(count, cases.size()); i++) {
            picked.add(cases.get((start + i) % cases.size()));
        }
        return picked;
    }

    private static void forEachField(ObjectNode body, Consumer<String> action) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = body.fieldNames();
        it.forEachRemaining(names::add);
        names.forEach(action);
    }

    private static String firstTextField(ObjectNode body) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        body.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        return fields.entrySet().stream().filter(e -> e.getValue().isTextual()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static String write(Object body) {
        try {
            return ESCAPING.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\0");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…(" + text.length() + " chars)" : oneLine;
    }
}
