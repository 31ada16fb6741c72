package org.dischargehub.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.referral.process.ReferralProcessEngine;
import org.dischargehub.support.As;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.DateSensitive;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The referral page offers the pathway 0 safe-and-well call while the process has it due, and not once it lapsed. */
@DateSensitive
@HubIntegrationTest
class SafeAndWellCallBrowserTest {

    static final LocalDate TODAY = TestClock.today();

    @RegisterExtension
    final ReferralProcessEngine engine = new ReferralProcessEngine();

    @LocalServerPort
    int port;
    @Autowired
    ReferralService referrals;

    @Test
    void the_safe_and_well_call_is_offered_after_a_pathway_0_discharge_until_72_hours_have_passed() {
        String locality = new County(port).locality("SW");
        String id = As.mdt(() -> referrals.receive(new ReferralCommands.NewReferral(People.nhsNumber(), "Ada",
                "Byron", LocalDate.of(1939, 12, 10), locality, "Westshire General", "Ward 2",
                TestClock.now().minus(30, ChronoUnit.MINUTES), false, null))).id();
        As.mdt(() -> referrals.triage(id, new ReferralCommands.Triage(0, null, null, null, "Home, no new care")));
        As.mdt(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));

        try (Browser coordinator = Browser.laptop(port)) {
            coordinator.signIn("coordinator", "coordinator");
            coordinator.open("/referrals/" + id);
            coordinator.waitForText("Waiting at: Safe and well call (optional)");
            assertThat(coordinator.waitFor(By.id("action-safe-and-well")).isDisplayed()).isTrue();

            engine.clockAt(TestClock.now().plus(Duration.ofHours(72).plusMinutes(1)));
            engine.runDueTimers(id);
            coordinator.open("/referrals/" + id);
            coordinator.waitForText("The process has ended");
            assertThat(coordinator.driver.findElements(By.id("action-safe-and-well")))
                    .noneMatch(WebElement::isDisplayed);
        }
    }
}
