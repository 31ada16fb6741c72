package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.dischargehub.referral.ReferralCommands.Reason;
import org.dischargehub.support.As;
import org.dischargehub.support.Browser;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The MDT sees who the hub sent back for re-triage first, and the referral page offers the changes of plan. */
@HubIntegrationTest
class PlansChangeBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReferralCapacityService capacity;

    @Test
    void the_mdt_re_triages_a_person_the_hub_sent_back_and_a_new_ready_date_needs_a_date() {
        ReferralFactory story = new ReferralFactory(context, Hub.on(port, "PB"));
        String id = story.awaitingBed().id();
        As.coordinator(() -> capacity.askForRetriage(id, new Reason("No designated rehab bed in the county")));

        try (Browser mdt = Browser.laptop(port)) {
            mdt.signIn("mdt", "mdt");
            mdt.open("/mdt");
            mdt.waitForText("Re-triage asked");
            assertThat(mdt.waitFor(By.id("triage-" + id)).getText()).isEqualTo("Re-triage");
            mdt.screenshot("mdt-worklist-re-triage-first");

            mdt.open("/referrals/" + id);
            assertThat(mdt.waitFor(By.id("action-triage")).getText()).isEqualTo("Re-triage");
            mdt.waitFor(By.id("action-new-ready-date")).click();
            mdt.waitFor(By.cssSelector("vaadin-text-area textarea")).sendKeys("Unwell again: on IV antibiotics",
                    Keys.TAB);
            mdt.click(By.xpath("//vaadin-button[normalize-space(.)='Set ready date']"));
            mdt.waitForText("the new discharge ready time is required");
            mdt.screenshot("new-ready-date-dialog");
        }
    }
}
