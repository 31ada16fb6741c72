package org.dischargehub.providerstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dischargehub.providerstatus.ProviderStatusIntegrationTest.expectFieldError;
import static org.dischargehub.providerstatus.ProviderStatusIntegrationTest.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A bed-based provider's status return per setting: its own word closes and reopens that setting only. */
@HubIntegrationTest
class SettingStatusReturnIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    Hub hub;
    County county;
    Api coordinator;
    String provider;
    String wardA;
    String wardB;
    Api providerUser;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "SSR");
        county = hub.county;
        coordinator = hub.coordinator;
        provider = county.bedBasedProvider("OAK");
        wardA = county.setting("OAKA", provider, hub.locality(), 1, "200.00", false);
        wardB = county.setting("OAKB", provider, hub.locality(), 1, "200.00", false);
        providerUser = hub.as(county.user("oak", "PROVIDER", provider));
    }

    static Map<String, Object> about(String setting, String outbreak, boolean canAdmit) {
        Map<String, Object> body = report(outbreak, 30, 2, 20);
        body.put("settingCode", setting);
        body.put("canAdmit", canAdmit);
        return body;
    }

    Api.Response file(Api as, LocalDate day, Map<String, Object> body) {
        return as.put("/api/providers/" + provider + "/status/" + day, body);
    }

    JsonNode setting(String code) {
        return hub.manager.get("/api/settings").find("code", code);
    }

    @Test
    void a_setting_return_that_cannot_admit_closes_that_setting_only_until_a_later_return_says_it_can() {
        Api.Response closing = file(providerUser, TODAY.minusDays(1), about(wardA, "CONFIRMED", false));
        assertThat(closing.status()).as(closing.toString()).isEqualTo(200);
        assertThat(closing.json().path("settingCode").asText()).isEqualTo(wardA);
        assertThat(setting(wardA).path("acceptingAdmissions").asBoolean()).isFalse();
        assertThat(setting(wardA).path("admissionsReason").asText())
                .isEqualTo("Status return of " + HumanTime.date(TODAY.minusDays(1)) + ": cannot admit new people (Two carers isolating)");
        assertThat(setting(wardB).path("acceptingAdmissions").asBoolean()).isTrue();

        assertThat(file(providerUser, TODAY.minusDays(2), about(wardA, "NONE", true)).status()).isEqualTo(200);
        assertThat(setting(wardA).path("acceptingAdmissions").asBoolean())
                .as("an older return does not overrule the latest").isFalse();

        assertThat(file(providerUser, TODAY, about(wardA, "NONE", true)).status()).isEqualTo(200);
        assertThat(setting(wardA).path("acceptingAdmissions").asBoolean()).isTrue();
        assertThat(coordinator.get("/api/providers/" + provider + "/status").json().findValuesAsText("settingCode"))
                .containsExactly(wardA, wardA, wardA);
    }

    @Test
    void a_coordinator_reopens_a_setting_its_return_closed_and_a_return_never_reopens_the_hubs_own_closure() {
        file(providerUser, TODAY.minusDays(1), about(wardA, "NONE", false));
        assertThat(coordinator.put("/api/settings/" + wardA + "/admissions", Map.of("accepting", true)).status())
                .isEqualTo(200);
        assertThat(setting(wardA).path("acceptingAdmissions").asBoolean()).isTrue();

        coordinator.put("/api/settings/" + wardB + "/admissions", Map.of("accepting", false, "reason", "Deep clean"));
        assertThat(file(providerUser, TODAY, about(wardB, "NONE", true)).status()).isEqualTo(200);
        assertThat(setting(wardB).path("acceptingAdmissions").asBoolean()).isFalse();
        assertThat(setting(wardB).path("admissionsReason").asText()).isEqualTo("Deep clean");
    }

    @Test
    void a_return_about_no_setting_works_as_before_and_closes_nothing() {
        Map<String, Object> whole = report("NONE", 30, 2, 20);
        whole.put("canAdmit", false);
        Api.Response filed = file(providerUser, TODAY, whole);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        assertThat(filed.json().path("settingCode").isNull()).isTrue();
        assertThat(setting(wardA).path("acceptingAdmissions").asBoolean()).isTrue();
        assertThat(setting(wardB).path("acceptingAdmissions").asBoolean()).isTrue();
    }

    @Test
    void a_return_naming_another_providers_setting_or_an_unknown_one_is_refused_and_changes_nothing() {
        String other = county.bedBasedProvider("ELM");
        String elsewhere = county.setting("ELMA", other, hub.locality(), 1, "200.00", false);
        String homeCare = county.homeCareProvider("HC", "22.00");

        assertThat(file(providerUser, TODAY, about(elsewhere, "NONE", false)).status()).isEqualTo(403);
        expectFieldError(file(coordinator, TODAY, about(elsewhere, "NONE", false)), "settingCode");
        expectFieldError(file(providerUser, TODAY, about("NO-SUCH-" + county.tag, "NONE", false)), "settingCode");
        expectFieldError(file(providerUser, TODAY, about("X".repeat(41), "NONE", false)), "settingCode");
        expectFieldError(coordinator.put("/api/providers/" + homeCare + "/status/" + TODAY,
                about(wardA, "NONE", false)), "settingCode");

        assertThat(coordinator.get("/api/providers/" + provider + "/status").json().size()).isZero();
        assertThat(coordinator.get("/api/providers/" + homeCare + "/status").json().size()).isZero();
        assertThat(setting(elsewhere).path("acceptingAdmissions").asBoolean()).isTrue();
        assertThat(setting(wardA).path("acceptingAdmissions").asBoolean()).isTrue();
    }

    @Test
    void an_outbreak_in_one_setting_proposes_closing_that_setting_only() {
        file(providerUser, TODAY, about(wardA, "CONFIRMED", true));
        JsonNode row = coordinator.get("/api/provider-risk").find("providerCode", provider);
        assertThat(row.path("outbreakClosurePending").asBoolean()).isTrue();
        assertThat(row.path("outbreakSettings").get(0).asText()).isEqualTo(wardA);
        assertThat(row.path("outbreakSettings").size()).isEqualTo(1);

        Api.Response closed = coordinator.post("/api/providers/" + provider + "/outbreak-closure", null);
        assertThat(closed.json().path("settingsClosed").asInt()).isEqualTo(1);
        assertThat(setting(wardA).path("acceptingAdmissions").asBoolean()).isFalse();
        assertThat(setting(wardB).path("acceptingAdmissions").asBoolean()).isTrue();
        assertThat(coordinator.get("/api/provider-risk").find("providerCode", provider)
                .path("outbreakClosurePending").asBoolean()).isFalse();
    }

    @Test
    void an_outbreak_whose_setting_is_already_closed_is_never_shown_as_a_pending_closure() {
        file(providerUser, TODAY, about(wardA, "CONFIRMED", false));
        JsonNode row = coordinator.get("/api/provider-risk").find("providerCode", provider);
        assertThat(row.path("rating").asText()).isEqualTo("RED");
        assertThat(row.path("outbreakClosurePending").asBoolean()).isFalse();
        assertThat(row.path("outbreakSettings").size()).isZero();
        assertThat(coordinator.post("/api/providers/" + provider + "/outbreak-closure", null)
                .json().path("settingsClosed").asInt()).isZero();
        assertThat(setting(wardB).path("acceptingAdmissions").asBoolean()).isTrue();
    }
}
