package org.dischargehub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.dischargehub.support.Api;
import org.dischargehub.support.SecondNode;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A production start on an external, empty PostgreSQL, and a restart: no demo account ever exists there; the first
 * manager comes from configuration, is created once and must have a long password.
 */
class ProductionStartRestartIntegrationTest {

    @Test
    void a_production_database_gets_no_demo_accounts_and_only_the_configured_first_manager_once() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            assertThatThrownBy(() -> start(url, "too-short")).as("a first manager's password needs 10 characters")
                    .hasStackTraceContaining("password");
            assertThat(new JdbcTemplate(postgres.getPostgresDatabase())
                    .queryForObject("select count(*) from hub.user_account", Integer.class)).isZero();
            try (ConfigurableApplicationContext hub = start(url, "a-long-passphrase")) {
                assertThat(accounts(hub)).containsExactly("alice");
                int port = SecondNode.port(hub);
                assertThat(Api.as(port, "manager", "manager").get("/api/localities").status()).isEqualTo(401);
                assertThat(Api.as(port, "alice", "a-long-passphrase").get("/api/users").status()).isEqualTo(200);
            }
            try (ConfigurableApplicationContext hub = start(url, "a-long-passphrase")) {
                assertThat(accounts(hub)).as("created once").containsExactly("alice");
            }
        }
    }

    /** As in production: an external database, and hub.demo.enabled left unset. */
    private static ConfigurableApplicationContext start(String url, String password) {
        return SecondNode.alone(
                "spring.datasource.url=" + url,
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "hub.first-manager.username=alice",
                "hub.first-manager.password=" + password,
                "camunda.bpm.job-execution.enabled=false");
    }

    private static List<String> accounts(ConfigurableApplicationContext hub) {
        return hub.getBean(JdbcTemplate.class).queryForList("select username from hub.user_account order by username",
                String.class);
    }
}
