package org.dischargehub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class ApiSecurityIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void anonymous_callers_get_a_401_problem() {
        Api.Response response = Api.anonymous(port).get("/api/localities");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
        assertThat(response.json().path("title").asText()).isNotBlank();
    }

    @Test
    void a_wrong_password_is_a_401() {
        assertThat(Api.as(port, "manager", "not-the-password").get("/api/localities").status()).isEqualTo(401);
    }

    @Test
    void a_role_without_the_right_gets_a_403_problem_and_nothing_changes() {
        County county = new County(port);
        String code = county.code("DENIED");
        for (String user : new String[] {"mdt", "coordinator"}) {
            Api.Response response = Api.as(port, user, user).post("/api/localities", Map.of("code", code, "name", "x"));
            assertThat(response.status()).as(user).isEqualTo(403);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(Api.as(port, "manager", "manager").get("/api/localities").body()).doesNotContain(code);
    }

    @Test
    void a_provider_user_is_refused_on_another_providers_setting() {
        County county = new County(port);
        String locality = county.locality("L");
        String own = county.bedBasedProvider("OWN");
        String other = county.bedBasedProvider("OTHER");
        String ownSetting = county.setting("S1", own, locality, 1, "100.00", false);
        String otherSetting = county.setting("S2", other, locality, 1, "100.00", false);
        String user = county.user("prov", "PROVIDER", own);
        Api provider = Api.as(port, user, County.password());

        Api.Response refused = provider.put("/api/settings/" + otherSetting + "/admissions",
                Map.of("accepting", false, "reason", "outbreak"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();

        Api.Response allowed = provider.put("/api/settings/" + ownSetting + "/admissions",
                Map.of("accepting", false, "reason", "norovirus outbreak"));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.json().path("acceptingAdmissions").asBoolean()).isFalse();

        Api.Response settings = Api.as(port, "manager", "manager").get("/api/settings");
        assertThat(settings.find("code", otherSetting).path("acceptingAdmissions").asBoolean()).isTrue();
    }

    @Test
    void an_account_is_locked_after_five_failed_sign_ins() {
        County county = new County(port);
        String user = county.user("lockme", "MDT", null);
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(port, user, "wrong-password").get("/api/localities").status()).isEqualTo(401);
        }
        assertThat(Api.as(port, user, County.password()).get("/api/localities").status()).isEqualTo(401);
    }
}
