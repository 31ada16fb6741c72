package org.dischargehub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dischargehub.platform.TimeConfiguration;
import org.dischargehub.support.Api;
import org.dischargehub.support.HubProcess;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

/**
 * A newcomer's first start: the demo run, watched from outside its JVM. The login page answers while the demo county
 * is still being seeded; readiness and the log's closing line must wait for it. Then the demo county's figures are
 * ones a person could believe: nobody leaves before being ready, no negative days. One demo hub serves every test
 * here (a start takes minutes); the start-up is watched first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoStartupIntegrationTest {

    private final Path directory = Path.of("target", "demo-startup", UUID.randomUUID().toString());
    private HubProcess hub;

    @BeforeAll
    void start() throws Exception {
        hub = HubProcess.start(directory, "hub.embedded-database.durable=false");
    }

    @Test
    @Order(1)
    void the_hub_turns_ready_and_announces_its_url_and_accounts_only_once_the_demo_accounts_sign_in()
            throws Exception {
        hub.awaitReady();
        // read before the calls below, whose first answers (the API description's) log lines of their own
        String log = hub.log().strip();
        assertThat(Api.as(hub.port(), "manager", "manager").get("/api/localities").status())
                .as("a demo account signs in as soon as readiness is UP").isEqualTo(200);
        assertThat(Api.as(hub.port(), "provider", "provider").get("/api/offers").status()).isEqualTo(200);

        String announcement = "Discharge Hub is ready at http://localhost:" + hub.port()
                + "/ - demo accounts (password = user name): manager, coordinator, mdt, provider, beds, caller";
        assertThat(log.substring(log.lastIndexOf('\n') + 1)).as("the log's last line when readiness turned UP")
                .endsWith(announcement);
        assertThat(log.indexOf(announcement)).as("announced after the demo county was seeded")
                .isGreaterThan(log.indexOf("Demo run: seeded accounts and the county of Westshire"))
                .isGreaterThan(log.indexOf("Started Application"));
        assertThat(log).as("the hub's banner, not Camunda's").contains("Intermediate care and discharge to assess")
                .doesNotContain("Camunda Platform Spring Boot Starter");
    }

    @Test
    @Order(2)
    void no_demo_discharge_precedes_its_discharge_ready_date() {
        hub.awaitReady();
        List<String> early = new ArrayList<>();
        int discharged = 0;
        for (JsonNode referral : Api.as(hub.port(), "coordinator", "coordinator").get("/api/referrals").json()) {
            if (referral.path("dischargedOn").isTextual()) {
                discharged++;
                LocalDate ready = LocalDate.ofInstant(Instant.parse(referral.path("readyToLeaveAt").asText()),
                        TimeConfiguration.HUB_ZONE);
                if (LocalDate.parse(referral.path("dischargedOn").asText()).isBefore(ready)) {
                    early.add(referral.path("familyName").asText());
                }
            }
        }

        assertThat(discharged).as("the demo has discharges to check").isGreaterThanOrEqualTo(4);
        assertThat(early).as("discharged before their ready date").isEmpty();
    }

    @Test
    @Order(2)
    void the_dashboard_on_the_demo_county_shows_no_negative_durations() {
        hub.awaitReady();
        Api manager = Api.as(hub.port(), "manager", "manager");
        JsonNode k = manager.get("/api/kpis?from=" + TestClock.today().minusDays(59) + "&to=" + TestClock.today())
                .json();

        assertThat(k.path("flow").path("readyToDischarge")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path("averageDays").asDouble()).isNotNegative();
            assertThat(r.path("medianDays").asDouble()).isNotNegative();
        });
        assertThat(k.path("flow").path("delayedDaysByReason"))
                .allSatisfy(r -> assertThat(r.path("count").asInt()).isNotNegative());
        assertThat(k.path("flow").path("triageWait").path("averageHours").asDouble()).isNotNegative();
        assertThat(k.path("fundedPeriod").path("lengthOfStay"))
                .allSatisfy(s -> assertThat(s.path("averageDays").asDouble()).isNotNegative());
        assertThat(k.path("fundedPeriod").path("waitingForLongTermCare").path("byReason"))
                .allSatisfy(w -> assertThat(w.path("averageDaysWaiting").asDouble()).isNotNegative());
    }

    @Test
    @Order(2)
    void the_demo_provider_reads_the_handover_of_the_person_whose_package_it_took_and_letters_are_large_print() {
        hub.awaitReady();
        JsonNode handovers = Api.as(hub.port(), "provider", "provider").get("/api/handovers").json();

        assertThat(handovers.findValuesAsText("familyName")).containsExactly("Holt");
        assertThat(handovers.get(0).path("accessDetails").asText()).contains("Key safe");
        assertThat(handovers.get(0).path("nextOfKin").path("name").asText()).isEqualTo("Susan Holt");
        JsonNode letters = Api.as(hub.port(), "coordinator", "coordinator")
                .get("/api/referrals/" + handovers.get(0).path("referralId").asText() + "/letters").json();
        assertThat(letters.findValuesAsText("format")).isNotEmpty().containsOnly("LARGE_PRINT");
    }

    @AfterAll
    void stop() throws Exception {
        if (hub != null) {
            hub.process().destroy();
            hub.process().onExit().get();
        }
        FileSystemUtils.deleteRecursively(directory);
    }
}
