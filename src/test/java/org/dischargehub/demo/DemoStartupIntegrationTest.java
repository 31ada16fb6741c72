package org.dischargehub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.dischargehub.support.Api;
import org.dischargehub.support.HubProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A newcomer's first start: the demo run, watched from outside its JVM. The login page answers while the demo county
 * is still being seeded; readiness and the log's closing line must wait for it.
 */
class DemoStartupIntegrationTest {

    private final Path directory = Path.of("target", "demo-startup", UUID.randomUUID().toString());
    private HubProcess hub;

    @Test
    void the_hub_turns_ready_and_announces_its_url_and_accounts_only_once_the_demo_accounts_sign_in()
            throws Exception {
        hub = HubProcess.start(directory, "hub.embedded-database.durable=false");
        hub.awaitReady();
        // read before the calls below, whose first answers (the API description's) log lines of their own
        String log = hub.log().strip();
        assertThat(Api.as(hub.port(), "manager", "manager").get("/api/localities").status())
                .as("a demo account signs in as soon as readiness is UP").isEqualTo(200);
        assertThat(Api.as(hub.port(), "provider", "provider").get("/api/offers").status()).isEqualTo(200);

        String announcement = "Discharge Hub is ready at http://localhost:" + hub.port()
                + "/ - demo accounts (password = user name): manager, coordinator, mdt, provider, beds";
        assertThat(log.substring(log.lastIndexOf('\n') + 1)).as("the log's last line when readiness turned UP")
                .endsWith(announcement);
        assertThat(log.indexOf(announcement)).as("announced after the demo county was seeded")
                .isGreaterThan(log.indexOf("Demo run: seeded accounts and the county of Westshire"))
                .isGreaterThan(log.indexOf("Started Application"));
        assertThat(log).as("the hub's banner, not Camunda's").contains("Intermediate care and discharge to assess")
                .doesNotContain("Camunda Platform Spring Boot Starter");
    }

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.process().destroy();
            hub.process().onExit().get();
        }
        FileSystemUtils.deleteRecursively(directory);
    }
}
