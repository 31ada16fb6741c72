package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every error under /api/ is one shape, application/problem+json, and says nothing of the hub's insides. */
@HubIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorShapeIntegrationTest {

    @LocalServerPort
    int port;
    Api manager;
    County county;

    @BeforeEach
    void setUp() {
        manager = Api.as(port, "manager", "manager");
        county = new County(port);
    }

    @Test
    void an_unknown_address_is_a_404_problem() {
        for (String path : java.util.List.of("/api/no-such-thing", "/api/referrals/x/no-such-action", "/api")) {
            problem(manager.unchecked().get(path), 404);
        }
    }

    @Test
    void a_method_the_address_does_not_take_is_a_405_problem_with_allow() {
        Api.Response response = manager.unchecked().send("DELETE", "/api/localities", null, "application/json");
        problem(response, 405);
        assertThat(response.header("Allow")).contains("GET", "POST");
    }

    @Test
    void a_body_in_a_media_type_the_address_does_not_take_is_a_415_problem_and_nothing_is_stored() {
        String code = county.code("EL");
        problem(manager.sendRaw("POST", "/api/localities", "{\"code\":\"" + code + "\",\"name\":\"N\"}", "text/plain"),
                415);
        assertThat(manager.get("/api/localities").find("code", code).isMissingNode()).isTrue();
    }

    @Test
    void a_client_that_accepts_no_json_still_gets_its_406_as_a_problem() {
        problem(manager.get("/api/localities", "text/html"), 406);
        problem(manager.get("/api/providers", "image/png"), 406);
    }

    @Test
    void a_query_parameter_that_is_not_its_type_is_named_and_no_java_is_shown() {
        Api.Response twice = manager.get("/api/kpis?pathway=null&pathway=null");
        invalid(twice, "pathway");
        assertThat(twice.body()).doesNotContain("[Ljava", "java.lang", "String;@");

        invalid(manager.get("/api/kpis?pathway=2.9"), "pathway");
        invalid(manager.get("/api/kpis?pathway=two"), "pathway");
    }

    @Test
    void a_control_character_in_a_query_or_path_parameter_is_a_400_before_the_database(CapturedOutput output) {
        int before = output.getAll().length();

        invalid(manager.get("/api/capacity/home-care?locality=A%00B"), "locality");
        invalid(manager.get("/api/kpis?locality=A%00B"), "locality");
        invalid(manager.get("/api/beds?locality=A%01B"), "locality");
        invalid(manager.get("/api/referrals?status=A%0AB"), "status");
        invalid(manager.get("/api/sitrep?locality=%1B%5B31m"), "locality");
        Api.Response path = manager.get("/api/referrals/A%01B");
        assertThat(path.status()).as(path.toString()).isEqualTo(400);
        assertThat(path.isProblem()).isTrue();

        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("ERROR").doesNotContain("org.hibernate").doesNotContain("SqlExceptionHelper");
    }

    @Test
    void a_control_character_in_a_body_is_named_and_nothing_is_stored() {
        String code = county.code("EL");
        invalid(manager.post("/api/localities", Map.of("code", code, "name", "Ash\u0000ford")), "name");
        invalid(manager.post("/api/localities", Map.of("code", code + "\u0000", "name", "Ashford")), "code");
        assertThat(manager.get("/api/localities").find("code", code).isMissingNode()).isTrue();
    }

    private static void invalid(Api.Response response, String field) {
        problem(response, 400);
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
    }

    private static void problem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "java.", "org.springframework", "static resource");
    }
}
