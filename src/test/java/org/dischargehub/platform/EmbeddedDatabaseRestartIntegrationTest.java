package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.dischargehub.Application;
import org.dischargehub.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class EmbeddedDatabaseRestartIntegrationTest {

    @TempDir
    Path directory;

    @Test
    void the_embedded_database_keeps_data_across_a_restart_and_the_demo_is_seeded_once() {
        int localitiesBefore;
        int providersBefore;
        int accountsBefore;
        try (ConfigurableApplicationContext hub = start()) {
            Api manager = manager(hub);
            assertThat(manager.post("/api/localities", Map.of("code", "RESTART", "name", "Restart Vale")).status())
                    .isEqualTo(201);
            localitiesBefore = manager.get("/api/localities").json().size();
            providersBefore = manager.get("/api/providers").json().size();
            accountsBefore = manager.get("/api/users").json().size();
        }
        assertThat(directory.resolve("PG_VERSION")).exists();
        assertThat(localitiesBefore).isGreaterThan(1);
        assertThat(providersBefore).isPositive();

        try (ConfigurableApplicationContext hub = start()) {
            Api manager = manager(hub);
            Api.Response localities = manager.get("/api/localities");
            assertThat(localities.find("code", "RESTART").path("name").asText()).isEqualTo("Restart Vale");
            assertThat(localities.json().size()).isEqualTo(localitiesBefore);
            assertThat(manager.get("/api/providers").json().size()).isEqualTo(providersBefore);
            assertThat(manager.get("/api/users").json().size()).isEqualTo(accountsBefore);
        }
    }

    private ConfigurableApplicationContext start() {
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        try {
            return new SpringApplicationBuilder(Application.class).run(
                    "--hub.embedded-database.directory=" + directory,
                    "--hub.embedded-database.durable=false",
                    "--server.port=0",
                    "--hub.demo.enabled=true",
                    "--camunda.bpm.job-execution.enabled=false",
                    "--camunda.bpm.generate-unique-process-engine-name=true",
                    "--spring.autoconfigure.exclude="
                            + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
        } finally {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    private static Api manager(ConfigurableApplicationContext hub) {
        int port = ((ServletWebServerApplicationContext) hub).getWebServer().getPort();
        return Api.as(port, "manager", "manager");
    }
}
