package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Values are taken as written, or refused with a 400 naming the field, and a refused request stores nothing. */
@HubIntegrationTest
class StrictInputIntegrationTest {

    @LocalServerPort
    int port;
    Api manager;
    Api mdt;
    County county;

    @BeforeEach
    void setUp() {
        manager = Api.as(port, "manager", "manager");
        mdt = Api.as(port, "mdt", "mdt");
        county = new County(port);
    }

    @Test
    void a_fractional_pathway_is_refused_and_the_referral_stays_untriaged() {
        String id = referral(county.locality("SL"));

        refused(mdt.post("/api/referrals/" + id + "/triage",
                Map.of("pathway", 2.9, "bedType", "NURSING", "rationale", "Needs a bed")), "pathway");
        refused(mdt.post("/api/referrals/" + id + "/triage",
                Map.of("pathway", "2", "bedType", "NURSING", "rationale", "Needs a bed")), "pathway");

        JsonNode referral = mdt.get("/api/referrals/" + id).json();
        assertThat(referral.path("status").asText()).isEqualTo("AWAITING_TRIAGE");
        assertThat(referral.path("pathway").isNull()).isTrue();
    }

    @Test
    void a_setting_with_a_fractional_tier_a_rate_in_quotes_or_a_number_for_yes_or_no_is_refused() {
        String provider = county.bedBasedProvider("SB");
        String locality = county.locality("SL");
        String code = county.code("SS");
        Map<String, Object> valid = Map.of("code", code, "name", "Setting " + code, "providerCode", provider,
                "locality", locality, "tier", 2, "dailyRate", new BigDecimal("100.00"), "designatedForInfection", false);

        refused(manager.post("/api/settings", with(valid, "tier", 2.7)), "tier");
        refused(manager.post("/api/settings", with(valid, "dailyRate", "100")), "dailyRate");
        refused(manager.post("/api/settings", with(valid, "designatedForInfection", 0)), "designatedForInfection");
        refused(manager.post("/api/settings", with(valid, "designatedForInfection", "false")), "designatedForInfection");
        refused(manager.post("/api/settings", with(valid, "dailyRate", new BigDecimal("100.001"))), "dailyRate");
        assertThat(manager.get("/api/settings").find("code", code).isMissingNode()).isTrue();

        Api.Response created = manager.post("/api/settings", with(valid, "dailyRate", 100));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("dailyRate").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void a_provider_kind_given_as_a_number_is_refused() {
        String code = county.code("SP");

        refused(manager.post("/api/providers", Map.of("code", code, "name", "P", "kind", 0)), "kind");
        refused(manager.post("/api/providers", Map.of("code", code, "name", "P", "kind", "home_care")), "kind");
        assertThat(manager.get("/api/providers").find("code", code).isMissingNode()).isTrue();
    }

    @Test
    void money_is_a_json_number_with_at_most_two_decimals() {
        String code = county.code("SM");
        refused(manager.post("/api/providers", Map.of("code", code, "name", "P", "kind", "HOME_CARE",
                "hourlyRate", "123.45")), "hourlyRate");
        refused(manager.post("/api/providers", Map.of("code", code, "name", "P", "kind", "HOME_CARE",
                "hourlyRate", new BigDecimal("123.456"))), "hourlyRate");
        assertThat(manager.get("/api/providers").find("code", code).isMissingNode()).isTrue();

        Api.Response created = manager.post("/api/providers", Map.of("code", code, "name", "P", "kind", "HOME_CARE",
                "hourlyRate", new BigDecimal("123.45")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("hourlyRate").decimalValue()).isEqualByComparingTo("123.45");
    }

    @Test
    void a_scheme_with_fractional_days_or_a_number_for_its_start_date_is_refused() {
        String name = county.code("Scheme");

        refused(manager.post("/api/schemes", Map.of("name", name, "fundedDays", 1.9, "validFrom", "2024-10-04")),
                "fundedDays");
        refused(manager.post("/api/schemes", Map.of("name", name, "fundedDays", 28, "validFrom", 20000)), "validFrom");
        refused(manager.post("/api/schemes", Map.of("name", name, "fundedDays", 28, "validFrom", "20000")),
                "validFrom");
        refused(manager.post("/api/schemes", Map.of("name", name, "fundedDays", 28, "validFrom", List.of(2024, 10, 4))),
                "validFrom");
        refused(manager.post("/api/schemes", Map.of("name", name, "fundedDays", 28,
                "validFrom", "2024-10-04T10:00:00")), "validFrom");
        assertThat(manager.get("/api/schemes").find("name", name).isMissingNode()).isTrue();
    }

    @Test
    void a_locality_code_given_as_true_or_a_number_is_refused() {
        String name = county.code("Town");

        refused(manager.post("/api/localities", Map.of("code", true, "name", name)), "code");
        refused(manager.post("/api/localities", Map.of("code", 42, "name", name)), "code");
        refused(manager.post("/api/localities", Map.of("code", 4.2, "name", name)), "code");
        assertThat(manager.get("/api/localities").find("name", name).isMissingNode()).isTrue();
    }

    @Test
    void a_referral_with_a_number_for_its_nhs_number_or_its_ready_time_is_refused() {
        String locality = county.locality("SL");
        Map<String, Object> valid = People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS));
        String nhsNumber = (String) valid.get("nhsNumber");

        refused(mdt.post("/api/referrals", with(valid, "nhsNumber", Long.parseLong(nhsNumber))), "nhsNumber");
        refused(mdt.post("/api/referrals", with(valid, "readyToLeaveAt", 1_700_000_000)), "readyToLeaveAt");
        refused(mdt.post("/api/referrals", with(valid, "readyToLeaveAt", "1700000000")), "readyToLeaveAt");
        refused(mdt.post("/api/referrals", with(valid, "infectionPositive", "false")), "infectionPositive");
        assertThat(mdt.get("/api/referrals").find("nhsNumber", nhsNumber).isMissingNode()).isTrue();
    }

    @Test
    void a_control_character_in_a_text_field_is_refused_but_notes_keep_tab_and_newline() {
        String locality = county.locality("SL");
        Map<String, Object> valid = People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS));

        refused(mdt.post("/api/referrals", with(valid, "ward", "Elm\u0000Ward")), "ward");
        refused(mdt.post("/api/referrals", with(valid, "ward", "Elm\tWard")), "ward");
        refused(mdt.post("/api/referrals", with(valid, "notes", "Lives alone\u0000")), "notes");
        refused(mdt.post("/api/referrals", with(valid, "notes", "Lives alone\u001b[31m")), "notes");
        refused(manager.post("/api/localities", Map.of("code", county.code("C"), "name", "A\u0007B")), "name");
        assertThat(mdt.get("/api/referrals").find("nhsNumber", (String) valid.get("nhsNumber")).isMissingNode())
                .isTrue();

        Api.Response created = mdt.post("/api/referrals", with(valid, "notes", "Lives alone\n\tdaughter nearby\r\n"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("notes").asText()).isEqualTo("Lives alone\n\tdaughter nearby\r\n");
    }

    @Test
    void a_provider_posting_any_body_to_a_managers_or_coordinators_address_is_forbidden() {
        String provider = county.homeCareProvider("SH", "20.00");
        Api providerUser = Api.as(port, county.user("strict-prov", "PROVIDER", provider), County.password());
        String id = referral(county.locality("SL"));

        for (String body : List.of("{", "{\"pathway\": 2.9}", "{\"code\": true}", "[]", "{\"a\":\"\\u0000\"}")) {
            forbidden(providerUser.sendRaw("POST", "/api/referrals/" + id + "/triage", body, "application/json"));
            forbidden(providerUser.sendRaw("POST", "/api/localities", body, "application/json"));
            forbidden(providerUser.sendRaw("POST", "/api/settings", body, "application/json"));
            forbidden(providerUser.sendRaw("POST", "/api/referrals/" + id + "/allocation", body, "application/json"));
        }
        forbidden(providerUser.get("/api/kpis?pathway=2.9&from=yesterday"));
        forbidden(providerUser.get("/api/capacity/home-care?locality=A%00B"));
        forbidden(mdt.sendRaw("POST", "/api/schemes", "{\"fundedDays\": 1.9}", "application/json"));
    }

    /**
     * Across every operation the running hub describes, for every role: where a harmless request is refused with 403,
     * a malformed body or nonsense parameters are refused with 403 too, not a 400 about the input.
     */
    @Test
    void every_role_is_told_it_may_not_before_it_is_told_what_is_wrong_with_its_input() {
        String provider = county.homeCareProvider("SH", "20.00");
        Map<String, Api> roles = Map.of("MDT", mdt, "COORDINATOR", Api.as(port, "coordinator", "coordinator"),
                "MANAGER", manager, "PROVIDER",
                Api.as(port, county.user("strict-sweep", "PROVIDER", provider), County.password()));
        JsonNode docs = Api.anonymous(port).get("/v3/api-docs").json();
        List<String> wrong = new ArrayList<>();
        int refusals = 0;
        for (var path : iterable(docs.path("paths").fields())) {
            for (var operation : iterable(path.getValue().fields())) {
                String method = operation.getKey().toUpperCase();
                String address = path.getKey().replaceAll("\\{[^}]+}", "no-such-id");
                boolean hasBody = operation.getValue().has("requestBody");
                StringBuilder nonsense = new StringBuilder();
                operation.getValue().path("parameters").forEach(p -> {
                    if (p.path("in").asText().equals("query")) {
                        nonsense.append(nonsense.isEmpty() ? "?" : "&").append(p.path("name").asText())
                                .append("=2.9%00x&").append(p.path("name").asText()).append("=null");
                    }
                });
                for (var role : roles.entrySet()) {
                    Api.Response harmless = role.getValue().sendRaw(method, address, hasBody ? "{}" : null,
                            "application/json");
                    if (harmless.status() != 403) {
                        continue;
                    }
                    refusals++;
                    Api.Response malformed = role.getValue().sendRaw(method, address + nonsense,
                            hasBody ? "{\"x\": [1, 2.9, " : null, "application/json");
                    if (malformed.status() != 403 || !malformed.isProblem()) {
                        wrong.add(role.getKey() + " " + method + " " + path.getKey() + " -> " + malformed);
                    }
                }
            }
        }
        assertThat(refusals).isGreaterThan(40);
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    private String referral(String locality) {
        Api.Response created = mdt.post("/api/referrals", People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    static void refused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
        assertThat(response.body()).as("no Java internals").doesNotContain("java.", "Exception", "Jackson", "coerce");
    }

    private static void forbidden(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
