package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded server as the hub configures it (application.yml and {@link EmbeddedDatabaseConfiguration}, nothing
 * else of the hub): durable unless told otherwise, and the test hubs' throwaway databases leave nothing behind.
 */
class EmbeddedDatabaseDurabilityIntegrationTest {

    private static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes");

    @Test
    void the_embedded_server_runs_a_supported_postgresql_with_fsync_synchronous_commit_and_full_page_writes_on() {
        Path directory = Path.of("target", "test-databases", UUID.randomUUID().toString());
        try (ConfigurableApplicationContext database = start("hub.embedded-database.directory=" + directory,
                "hub.embedded-database.temporary=true")) {
            JdbcTemplate jdbc = new JdbcTemplate(database.getBean(DataSource.class));
            assertThat(DURABILITY).allSatisfy(setting ->
                    assertThat(show(jdbc, setting)).as(setting).isEqualTo("on"));
            assertThat(Integer.parseInt(show(jdbc, "server_version_num")))
                    .as("PostgreSQL 15 or later (14 reached its end of life in November 2026)")
                    .isGreaterThanOrEqualTo(150000);
            assertThat(Integer.parseInt(show(jdbc, "server_version_num")) / 10000)
                    .as("the major that a data directory is checked against")
                    .isEqualTo(EmbeddedDatabaseConfiguration.EMBEDDED_MAJOR);
        }
    }

    @Test
    void a_test_hubs_database_is_not_durable_and_its_directory_is_deleted_when_the_hub_stops() {
        Path directory;
        try (ConfigurableApplicationContext database = start(
                HubIntegrationTest.class.getAnnotation(SpringBootTest.class).properties())) {
            JdbcTemplate jdbc = new JdbcTemplate(database.getBean(DataSource.class));
            assertThat(DURABILITY).allSatisfy(setting ->
                    assertThat(show(jdbc, setting)).as(setting).isEqualTo("off"));
            directory = Path.of(show(jdbc, "data_directory"));
            assertThat(directory).startsWith(Path.of("target", "test-databases").toAbsolutePath());
            assertThat(directory.resolve("PG_VERSION")).exists();
        }
        assertThat(Files.exists(directory)).as("%s deleted once its server stopped", directory).isFalse();
    }

    private static ConfigurableApplicationContext start(String... properties) {
        List<String> arguments = new ArrayList<>();
        for (String property : properties) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(EmbeddedDatabaseConfiguration.class)
                .web(WebApplicationType.NONE).run(arguments.toArray(String[]::new));
    }

    private static String show(JdbcTemplate jdbc, String setting) {
        return jdbc.queryForObject("show " + setting, String.class);
    }
}
