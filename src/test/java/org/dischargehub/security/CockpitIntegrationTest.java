package org.dischargehub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class CockpitIntegrationTest {

    static final String COCKPIT = "/camunda/app/cockpit/default/";
    static final String SIGNED_IN_USER = "/camunda/api/admin/auth/user/default";
    static final String PROCESS_DEFINITIONS = "/camunda/api/engine/engine/default/process-definition?latestVersion=true";
    static final String HISTORY_COUNT = "/camunda/api/engine/engine/default/history/process-instance/count";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @Test
    void a_manager_signed_in_to_the_hub_opens_cockpit_without_a_second_sign_in() {
        WebSession manager = WebSession.signIn(port, "manager", "manager");

        WebSession.Page cockpit = manager.get(COCKPIT);
        assertThat(cockpit.status()).as(cockpit.toString()).isEqualTo(200);
        assertThat(cockpit.body()).contains("<title>Camunda Cockpit</title>");

        WebSession.Page user = manager.get(SIGNED_IN_USER);
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.json().path("userId").asText()).isEqualTo("manager");
        assertThat(user.json().path("authorizedApps").toString()).contains("cockpit");
        assertThat(manager.get(PROCESS_DEFINITIONS).body()).contains("\"key\":\"discharge-referral\"");
    }

    @Test
    void cockpits_queries_pass_with_cockpits_own_csrf_token_and_are_refused_without_it() {
        WebSession manager = WebSession.signIn(port, "manager", "manager");
        manager.get(COCKPIT);

        WebSession.Page counted = manager.postJson(HISTORY_COUNT, "{}",
                Map.of("X-XSRF-TOKEN", manager.cookie("XSRF-TOKEN")));
        assertThat(counted.status()).as(counted.toString()).isEqualTo(200);
        assertThat(counted.json().has("count")).isTrue();

        WebSession.Page forged = manager.postJson(HISTORY_COUNT, "{}", Map.of());
        assertThat(forged.status()).isNotEqualTo(200);
        assertThat(forged.header("X-XSRF-TOKEN")).isEqualTo("Required");
        assertThat(forged.body()).doesNotContain("count");
    }

    @Test
    void an_mdt_user_signed_in_to_the_hub_is_refused_cockpit_and_its_api() {
        WebSession mdt = WebSession.signIn(port, "mdt", "mdt");

        assertThat(mdt.get(COCKPIT).status()).isEqualTo(403);
        assertThat(mdt.get(SIGNED_IN_USER).status()).isEqualTo(403);
        assertThat(mdt.get(PROCESS_DEFINITIONS).status()).isEqualTo(403);
    }

    @Test
    void a_manager_gets_cockpit_but_not_tasklist_or_camundas_admin() {
        WebSession manager = WebSession.signIn(port, "manager", "manager");
        manager.get(COCKPIT);

        assertThat(manager.get("/camunda/app/tasklist/default/").status()).isEqualTo(403);
        assertThat(manager.get("/camunda/app/admin/default/").status()).isEqualTo(403);
    }

    @Test
    void camunda_keeps_no_accounts_of_its_own() {
        assertThat(engine.getIdentityService().isReadOnly()).isTrue();
        assertThat(engine.getIdentityService().createUserQuery().count()).isZero();
    }
}
