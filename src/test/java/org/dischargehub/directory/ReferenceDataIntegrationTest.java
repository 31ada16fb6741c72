package org.dischargehub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@HubIntegrationTest
class ReferenceDataIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcClient jdbc;
    Api manager;
    County county;

    @BeforeEach
    void setUp() {
        manager = Api.as(port, "manager", "manager");
        county = new County(port);
    }

    @Test
    void a_manager_adds_a_locality_and_a_duplicate_code_is_a_409() {
        String code = county.code("LOC");
        Api.Response created = manager.post("/api/localities", Map.of("code", code, "name", "Ashford"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("code").asText()).isEqualTo(code);

        Api.Response duplicate = manager.post("/api/localities", Map.of("code", code, "name", "Other name"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.isProblem()).isTrue();
        assertThat(manager.get("/api/localities").find("code", code).path("name").asText()).isEqualTo("Ashford");
    }

    @Test
    void invalid_reference_data_gets_field_errors_and_nothing_is_saved() {
        String code = county.code("BAD");
        expectFieldError(manager.post("/api/localities", Map.of("code", code, "name", "")), "name");
        expectFieldError(manager.post("/api/localities", Map.of("code", "x".repeat(41), "name", "n")), "code");
        expectFieldError(manager.post("/api/localities", Map.of("code", code, "name", "n".repeat(201))), "name");
        assertThat(manager.get("/api/localities").find("code", code).isMissingNode()).isTrue();

        expectFieldError(manager.post("/api/providers", Map.of("code", code, "name", "P", "kind", "PLUMBER")), "kind");
        expectFieldError(manager.post("/api/providers", Map.of("code", code, "name", "P", "kind", "HOME_CARE")),
                "hourlyRate");
        expectFieldError(manager.post("/api/providers",
                Map.of("code", code, "name", "P", "kind", "HOME_CARE", "hourlyRate", -1)), "hourlyRate");
        expectFieldError(manager.post("/api/providers",
                Map.of("code", code, "name", "P", "kind", "HOME_CARE", "hourlyRate", "twenty")), "hourlyRate");
        assertThat(manager.get("/api/providers").find("code", code).isMissingNode()).isTrue();
    }

    @Test
    void malformed_json_is_a_400_problem_not_a_500() {
        Api.Response truncated = manager.post("/api/localities", "{\"code\": \"A\", ");
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.isProblem()).isTrue();
        Api.Response array = manager.post("/api/localities", "[1,2,3]");
        assertThat(array.status()).isEqualTo(400);
        Api.Response empty = manager.send("POST", "/api/localities", null, "application/json");
        assertThat(empty.status()).isIn(400, 415);
        assertThat(empty.isProblem()).isTrue();
    }

    @Test
    void a_setting_needs_a_known_bed_based_provider_a_known_locality_and_a_tier_from_one() {
        String locality = county.locality("L");
        String homeCare = county.homeCareProvider("HC", "22.50");
        String beds = county.bedBasedProvider("BB");
        String code = county.code("SET");

        expectFieldError(manager.post("/api/settings", setting(code, homeCare, locality, 1)), "providerCode");
        expectFieldError(manager.post("/api/settings", setting(code, "NOPE-" + code, locality, 1)), "providerCode");
        expectFieldError(manager.post("/api/settings", setting(code, beds, "NOWHERE", 1)), "locality");
        expectFieldError(manager.post("/api/settings", setting(code, beds, locality, 0)), "tier");
        Map<String, Object> negativeRate = setting(code, beds, locality, 1);
        negativeRate.put("dailyRate", -5);
        expectFieldError(manager.post("/api/settings", negativeRate), "dailyRate");
        assertThat(manager.get("/api/settings").find("code", code).isMissingNode()).isTrue();

        Api.Response created = manager.post("/api/settings", setting(code, beds, locality, 2));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("tier").asInt()).isEqualTo(2);
        assertThat(created.json().path("acceptingAdmissions").asBoolean()).isTrue();
        assertThat(manager.post("/api/settings", setting(code, beds, locality, 2)).status()).isEqualTo(409);
    }

    @Test
    void beds_belong_to_a_known_setting_have_a_known_type_and_unique_codes() {
        String setting = county.setting("S", county.bedBasedProvider("BB"), county.locality("L"), 1, "150.00", false);
        String bed = setting + "-01";
        assertThat(manager.post("/api/settings/NOPE-" + setting + "/beds", Map.of("code", bed, "type", "REHAB"))
                .status()).isEqualTo(404);
        expectFieldError(manager.post("/api/settings/" + setting + "/beds", Map.of("code", bed, "type", "SOFA")),
                "type");
        Api.Response created = manager.post("/api/settings/" + setting + "/beds", Map.of("code", bed, "type", "REHAB"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("AVAILABLE");
        assertThat(manager.post("/api/settings/" + setting + "/beds", Map.of("code", bed, "type", "NURSING"))
                .status()).isEqualTo(409);
    }

    @Test
    void closing_a_setting_to_admissions_needs_a_reason_and_reopening_works() {
        String setting = county.setting("S", county.bedBasedProvider("BB"), county.locality("L"), 1, "150.00", false);
        expectFieldError(manager.put("/api/settings/" + setting + "/admissions", Map.of("accepting", false)), "reason");
        assertThat(manager.get("/api/settings").find("code", setting).path("acceptingAdmissions").asBoolean()).isTrue();

        Api.Response closed = manager.put("/api/settings/" + setting + "/admissions",
                Map.of("accepting", false, "reason", "COVID-19 outbreak"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("acceptingAdmissions").asBoolean()).isFalse();
        assertThat(closed.json().path("admissionsReason").asText()).isEqualTo("COVID-19 outbreak");
        Api.Response reopened = manager.put("/api/settings/" + setting + "/admissions",
                Map.of("accepting", true, "reason", "outbreak over"));
        assertThat(reopened.json().path("acceptingAdmissions").asBoolean()).isTrue();
        assertThat(manager.put("/api/settings/NOPE-" + setting + "/admissions",
                Map.of("accepting", true, "reason", "x")).status()).isEqualTo(404);
    }

    @Test
    void schemes_are_unique_per_start_day_and_need_positive_funded_days() {
        String day = "22" + (10 + (int) (Math.random() * 80)) + "-0" + (1 + (int) (Math.random() * 9)) + "-"
                + (10 + (int) (Math.random() * 18));
        expectFieldError(manager.post("/api/schemes", Map.of("name", "Zero", "fundedDays", 0, "validFrom", day)),
                "fundedDays");
        expectFieldError(manager.post("/api/schemes", Map.of("name", "Bad day", "fundedDays", 28,
                "validFrom", "2026-02-30")), "validFrom");
        Api.Response created = manager.post("/api/schemes", Map.of("name", "Four weeks", "fundedDays", 28,
                "validFrom", day));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("fundedDays").asInt()).isEqualTo(28);
        Api.Response twice = manager.post("/api/schemes", Map.of("name", "Six weeks", "fundedDays", 42,
                "validFrom", day));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("detail").asText())
                .isEqualTo("A scheme already starts on " + HumanTime.date(LocalDate.parse(day)));
        assertThat(manager.get("/api/schemes").find("validFrom", day).path("name").asText()).isEqualTo("Four weeks");
    }

    @Test
    void the_scheme_in_force_on_a_discharge_day_is_the_latest_to_start_on_or_before_it() {
        // far in the future: a scheme in force today would change every other test's funded period
        for (Map<String, Object> scheme : List.of(
                Map.<String, Object>of("name", "Four weeks (2190)", "fundedDays", 28, "validFrom", "2190-01-01"),
                Map.<String, Object>of("name", "Five weeks (March 2190)", "fundedDays", 35, "validFrom", "2190-03-01"))) {
            assertThat(manager.post("/api/schemes", scheme).status()).isIn(201, 409);
        }
        SchemeCalendar calendar = directory.schemeCalendar();
        Map<String, Integer> expected = Map.of("2190-01-01", 28, "2190-02-28", 28, "2190-03-01", 35, "2190-06-30", 35);

        expected.forEach((day, days) -> {
            LocalDate discharged = LocalDate.parse(day);
            assertThat(directory.fundedDaysFor(discharged)).as(day).isEqualTo(days)
                    .isEqualTo(calendar.fundedDaysFor(discharged));
        });
    }

    @Test
    void users_need_a_long_password_a_provider_when_they_are_provider_users_and_a_unique_name() {
        String name = ("u-" + county.tag).toLowerCase();
        expectFieldError(manager.post("/api/users", Map.of("username", name, "password", "short", "role", "MDT")),
                "password");
        expectFieldError(manager.post("/api/users", Map.of("username", name, "password", County.password(),
                "role", "PROVIDER")), "providerCode");
        expectFieldError(manager.post("/api/users", Map.of("username", name, "password", County.password(),
                "role", "MDT", "providerCode", county.homeCareProvider("HC", "20.00"))), "providerCode");
        expectFieldError(manager.post("/api/users", Map.of("username", name, "password", County.password(),
                "role", "SUPERUSER")), "role");
        assertThat(manager.get("/api/users").find("username", name).isMissingNode()).isTrue();

        assertThat(manager.post("/api/users", Map.of("username", name, "password", County.password(), "role", "MDT"))
                .status()).isEqualTo(201);
        assertThat(Api.as(port, name, County.password()).get("/api/localities").status()).isEqualTo(200);
        assertThat(manager.post("/api/users", Map.of("username", name, "password", County.password(), "role", "MDT"))
                .status()).isEqualTo(409);
    }

    private static Map<String, Object> setting(String code, String provider, String locality, int tier) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Setting " + code);
        body.put("providerCode", provider);
        body.put("locality", locality);
        body.put("tier", tier);
        body.put("dailyRate", new BigDecimal("150.00"));
        body.put("designatedForInfection", false);
        return body;
    }

    /** The recharge multiplies a home-care provider's hourly rate: the database keeps the API's rule too. */
    @Test
    void the_database_refuses_a_home_care_provider_without_an_hourly_rate() {
        String code = county.code("NORATE");
        assertThatThrownBy(() -> jdbc.sql(
                "insert into hub.provider (code, name, kind) values (:code, 'P', 'HOME_CARE')")
                .param("code", code).update()).rootCause().hasMessageContaining("provider_home_care_has_rate");
        jdbc.sql("insert into hub.provider (code, name, kind) values (:code, 'P', 'BED_BASED')").param("code", code)
                .update();
        assertThat(jdbc.sql("select kind from hub.provider where code = :code").param("code", code).query(String.class)
                .list()).as("a bed-based provider has no hourly rate").containsExactly("BED_BASED");
    }

    private static void expectFieldError(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
    }
}
