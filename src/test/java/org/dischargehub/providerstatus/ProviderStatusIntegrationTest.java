package org.dischargehub.providerstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@HubIntegrationTest
class ProviderStatusIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ApplicationContext context;
    Hub hub;
    County county;
    Api coordinator;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "HCL");
        county = hub.county;
        coordinator = hub.coordinator;
    }

    static Map<String, Object> report(String outbreak, int total, int absent, int ppeDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("outbreak", outbreak);
        body.put("peopleAffected", outbreak.equals("NONE") ? 0 : 4);
        body.put("staffTotal", total);
        body.put("staffAbsent", absent);
        body.put("vacancies", 2);
        body.put("agencyUse", true);
        body.put("crossSettingWorking", false);
        body.put("ppeDaysLeft", ppeDays);
        body.put("canAdmit", true);
        body.put("concern", "Two carers isolating");
        return body;
    }

    @Test
    void a_provider_files_its_own_return_idempotently_per_day_and_gets_its_rating_with_reasons() {
        String provider = county.homeCareProvider("HC", "22.00");
        Api own = hub.as(county.user("hc", "PROVIDER", provider));
        Api.Response filed = own.put("/api/providers/" + provider + "/status/" + TODAY, report("NONE", 40, 5, 20));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        assertThat(filed.json().path("rating").asText()).isEqualTo("AMBER");
        assertThat(filed.json().path("because").get(0).asText()).contains("13% of staff absent");

        Api.Response again = own.put("/api/providers/" + provider + "/status/" + TODAY, report("NONE", 40, 2, 20));
        assertThat(again.json().path("rating").asText()).isEqualTo("GREEN");
        Api.Response history = own.get("/api/providers/" + provider + "/status");
        assertThat(history.json().size()).isEqualTo(1);
        assertThat(history.json().get(0).path("staffAbsent").asInt()).isEqualTo(2);
    }

    @Test
    void invalid_returns_are_400s_at_the_field_and_change_nothing() {
        String provider = county.homeCareProvider("HC", "22.00");
        String path = "/api/providers/" + provider + "/status/";
        expectFieldError(coordinator.put(path + TODAY, report("NONE", 10, 11, 20)), "staffAbsent");
        expectFieldError(coordinator.put(path + TODAY, report("NONE", -1, 0, 20)), "staffTotal");
        expectFieldError(coordinator.put(path + TODAY, report("NONE", 10, 0, -3)), "ppeDaysLeft");
        expectFieldError(coordinator.put(path + TODAY, report("MAYBE", 10, 0, 3)), "outbreak");
        expectFieldError(coordinator.put(path + TODAY.plusDays(1), report("NONE", 10, 0, 20)), "date");
        expectFieldError(coordinator.put(path + "2026-13-01", report("NONE", 10, 0, 20)), "date");
        assertThat(coordinator.get("/api/providers/" + provider + "/status").json().size()).isZero();
        assertThat(coordinator.put("/api/providers/NOPE/status/" + TODAY, report("NONE", 10, 0, 20)).status())
                .isEqualTo(404);
    }

    @Test
    void a_provider_sees_and_files_only_its_own_returns() {
        String own = county.homeCareProvider("OWN", "22.00");
        String other = county.homeCareProvider("OTH", "22.00");
        Api provider = hub.as(county.user("own", "PROVIDER", own));
        assertThat(provider.put("/api/providers/" + other + "/status/" + TODAY, report("NONE", 10, 0, 20)).status())
                .isEqualTo(403);
        assertThat(provider.get("/api/providers/" + other + "/status").status()).isEqualTo(403);
        assertThat(provider.get("/api/provider-risk").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/providers/" + other + "/status").json().size()).isZero();
    }

    @Test
    void a_red_return_opens_one_follow_up_task_that_the_hub_closes_with_its_action() {
        String provider = county.homeCareProvider("RED", "22.00");
        Api.Response red = coordinator.put("/api/providers/" + provider + "/status/" + TODAY, report("NONE", 10, 3, 20));
        assertThat(red.json().path("rating").asText()).isEqualTo("RED");
        long followUp = red.json().path("followUpId").asLong();
        assertThat(followUp).isPositive();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(followUp))
                .taskDefinitionKey("UserTask_ContactProvider").count()).isEqualTo(1);

        Api.Response stillRed = coordinator.put("/api/providers/" + provider + "/status/" + TODAY.minusDays(1),
                report("NONE", 10, 3, 1));
        assertThat(stillRed.json().path("followUpId").isNull()).isTrue();

        var row = coordinator.get("/api/provider-risk").find("providerCode", provider);
        assertThat(row.path("rating").asText()).isEqualTo("RED");
        assertThat(row.path("openFollowUpId").asLong()).isEqualTo(followUp);
        assertThat(row.path("because").get(0).asText()).contains("30% of staff absent");

        assertThat(hub.mdt.post("/api/provider-follow-ups/" + followUp + "/close",
                Map.of("action", "RELIEF_STAFF")).status()).isEqualTo(403);
        Api.Response closed = coordinator.post("/api/provider-follow-ups/" + followUp + "/close",
                Map.of("action", "RELIEF_STAFF", "note", "Two relief carers from the bank"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(followUp))
                .finished().count()).isEqualTo(1);
        assertThat(coordinator.post("/api/provider-follow-ups/" + followUp + "/close",
                Map.of("action", "RELIEF_STAFF")).status()).isEqualTo(409);
        assertThat(coordinator.get("/api/provider-risk").find("providerCode", provider).path("openFollowUpId").isNull())
                .isTrue();
    }

    @Test
    void a_confirmed_outbreak_proposes_closing_the_settings_and_one_click_closes_them() {
        String provider = county.bedBasedProvider("OUT");
        String locality = county.locality("L");
        String setting = county.setting("OUT", provider, locality, 2, "300.00", false);
        coordinator.put("/api/providers/" + provider + "/status/" + TODAY, report("CONFIRMED", 30, 2, 20));
        Api.Response tracker = coordinator.get("/api/provider-risk");
        assertThat(tracker.find("providerCode", provider).path("outbreakClosurePending").asBoolean()).isTrue();
        assertThat(hub.manager.get("/api/settings").find("code", setting)
                .path("acceptingAdmissions").asBoolean()).isTrue();

        Api.Response closed = coordinator.post("/api/providers/" + provider + "/outbreak-closure", null);
        assertThat(closed.json().path("settingsClosed").asInt()).isEqualTo(1);
        var settingJson = hub.manager.get("/api/settings").find("code", setting);
        assertThat(settingJson.path("acceptingAdmissions").asBoolean()).isFalse();
        assertThat(settingJson.path("admissionsReason").asText()).contains("Confirmed outbreak");
        assertThat(coordinator.get("/api/provider-risk").find("providerCode", provider)
                .path("outbreakClosurePending").asBoolean()).isFalse();
    }

    @Test
    void a_provider_with_no_return_is_on_the_chase_list_not_green() {
        String provider = county.homeCareProvider("SILENT", "22.00");
        var row = coordinator.get("/api/provider-risk").find("providerCode", provider);
        assertThat(row.path("rating").asText()).isEqualTo("AMBER");
        assertThat(row.path("overdue").asBoolean()).isTrue();
    }

    @Test
    void a_home_care_provider_unable_to_take_new_work_is_marked_and_ranked_last_in_the_options() {
        String locality = hub.locality();
        String busy = county.homeCareProvider("BUSY", "22.00");
        String ready = county.homeCareProvider("READY", "22.00");
        coordinator.put("/api/providers/" + busy + "/capacity/" + TODAY, Map.of("locality", locality, "hoursPerWeek", 40));
        coordinator.put("/api/providers/" + ready + "/capacity/" + TODAY, Map.of("locality", locality, "hoursPerWeek", 20));
        Map<String, Object> cannotAdmit = report("NONE", 20, 1, 20);
        cannotAdmit.put("canAdmit", false);
        coordinator.put("/api/providers/" + busy + "/status/" + TODAY, cannotAdmit);

        String id = new ReferralFactory(context, hub).awaitingHomeCare().id();
        Api.Response options = coordinator.get("/api/referrals/" + id + "/options");
        assertThat(options.json().findValuesAsText("providerCode")).containsExactly(ready, busy);
        assertThat(options.find("providerCode", busy).path("reason").asText()).startsWith("Not taking new work");
        assertThat(options.find("providerCode", ready).path("reason").asText()).doesNotContain("Not taking");
    }

    static void expectFieldError(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
    }
}
