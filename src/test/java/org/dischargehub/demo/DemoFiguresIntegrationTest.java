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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.util.FileSystemUtils;

/**
 * The demo county's figures are ones a person could believe: nobody leaves before being ready, no negative days.
 * The demo county runs in a hub of its own process, as a newcomer starts it; a second hub inside the test JVM would
 * leave global state to the shared one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFiguresIntegrationTest {

    private final Path directory = Path.of("target", "demo-figures", UUID.randomUUID().toString());
    private HubProcess hub;
    private Api manager;

    @BeforeAll
    void startTheDemo() throws Exception {
        hub = HubProcess.start(directory, "hub.embedded-database.durable=false").awaitReady();
        manager = Api.as(hub.port(), "manager", "manager");
    }

    @Test
    void no_demo_discharge_precedes_its_discharge_ready_date() {
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
    void the_dashboard_on_the_demo_county_shows_no_negative_durations() {
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

    @AfterAll
    void stop() throws Exception {
        if (hub != null) {
            hub.process().destroy();
            hub.process().onExit().get();
        }
        FileSystemUtils.deleteRecursively(directory);
    }
}
