package org.dischargehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.dischargehub.support.Api;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@HubIntegrationTest
class ApplicationIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    @Test
    void the_hub_runs_on_a_real_postgresql_migrated_by_flyway() {
        String version = jdbc.queryForObject("select version()", String.class);
        assertThat(version).startsWith("PostgreSQL");
        List<String> migrations = jdbc.queryForList(
                "select version from hub.flyway_schema_history where success order by installed_rank", String.class);
        assertThat(migrations).contains("1");
        assertThat(jdbc.queryForObject("select count(*) from hub.user_account where username = 'manager'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void camunda_deploys_every_process_in_the_bpmn_folder_with_a_history_time_to_live() {
        var definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
        assertThat(definitions).extracting(d -> d.getKey()).contains("discharge-referral");
        assertThat(definitions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isNotNull().isPositive());
    }

    @Test
    void health_is_public_and_up() {
        Api.Response health = Api.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void the_api_is_described_by_openapi() {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/localities")).isTrue();
    }

    @Test
    void ui_pages_and_cockpit_need_a_sign_in() {
        assertThat(Api.anonymous(port).get("/", "text/html").status()).isEqualTo(302);
        assertThat(Api.anonymous(port).get("/camunda/app/cockpit/", "text/html").status()).isEqualTo(302);
    }
}
