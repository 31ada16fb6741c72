package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/** No bed fits a person: the coordinator escalates from the bed dialog, and the escalation is there to act on. */
@HubIntegrationTest
class EscalateNowBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void when_no_bed_fits_the_coordinator_escalates_now_and_sees_it_on_the_escalations_page() {
        Hub hub = Hub.on(port, "ESCN");
        String id = infectionPositiveWaitingForADementiaBed(hub);
        closeEveryBedThatFits(hub, id);
        String name = "Edith Marsh";

        try (Browser coordinator = Browser.laptop(port)) {
            coordinator.signIn("coordinator", "coordinator");
            coordinator.open("/referrals/" + id);
            coordinator.waitFor(By.id("action-allocate-bed")).click();
            coordinator.waitForText("No bed fits this person now");
            coordinator.waitFor(By.id("escalate-now")).click();
            coordinator.waitFor(By.cssSelector("#escalate-reason textarea")).sendKeys(
                    "The designated home has no dementia beds; please spot-purchase", Keys.TAB);
            coordinator.screenshot("escalate-now-dialog");
            coordinator.waitFor(By.id("escalate-confirm")).click();

            coordinator.waitUntil(() -> coordinator.gridCells("timeline"), cells -> cells.contains("ESCALATED")
                    || cells.contains("Escalated"));
            coordinator.waitForText("No bed fits: escalated now by the coordinator");

            coordinator.open("/escalations");
            coordinator.waitUntil(() -> coordinator.gridCells("open-escalations"),
                    cells -> cells.contains("please spot-purchase") && cells.contains(name));
            coordinator.screenshot("escalations-as-coordinator");
        }
        Api.Response open = hub.manager.get("/api/escalations?status=OPEN");
        assertThat(open.find("referralId", id).path("kind").asText()).isEqualTo("NO_BED_FITS");
    }

    private static String infectionPositiveWaitingForADementiaBed(Hub hub) {
        Map<String, Object> body = People.referral(hub.locality(), TestClock.now().minus(1, ChronoUnit.HOURS));
        body.put("infectionPositive", true);
        String id = hub.mdt.post("/api/referrals", body).json().path("id").asText();
        Api.Response triaged = hub.mdt.post("/api/referrals/" + id + "/triage",
                Map.of("pathway", 3, "bedType", "DEMENTIA", "rationale", "Dementia care, infection-positive"));
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        return id;
    }

    /** Other tests on this hub may have left a designated dementia bed free: close it, so none fits. */
    private static void closeEveryBedThatFits(Hub hub, String id) {
        hub.coordinator.get("/api/referrals/" + id + "/options").json().forEach(bed -> assertThat(hub.coordinator
                .put("/api/beds/" + bed.path("bedCode").asText() + "/availability",
                        Map.of("available", false, "reason", "Deep clean")).status()).isEqualTo(200));
        assertThat(hub.coordinator.get("/api/referrals/" + id + "/options").json()).isEmpty();
    }
}
