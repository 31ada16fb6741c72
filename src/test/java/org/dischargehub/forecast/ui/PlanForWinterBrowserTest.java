package org.dischargehub.forecast.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.Browser;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.ui.AccessibilityBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A coordinator plans for winter in one locality: a factor that makes no sense is refused at its field; a run shows
 * its progress, then the stream over target first with the beds that would help and a fan chart; axe stays quiet.
 */
@HubIntegrationTest
class PlanForWinterBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void a_coordinator_runs_a_surge_for_a_locality_and_reads_the_streams_worst_first_with_their_charts() {
        Hub hub = Hub.on(port, "PFW");
        ReferralFactory referrals = new ReferralFactory(context, hub);
        referrals.awaitingBed();
        referrals.awaitingBed();
        String locality = hub.locality();
        String emptySetting = hub.county.setting("PFW-E", hub.county.bedBasedProvider("PFW-BB"), locality, 1,
                "150.00", false);

        try (Browser browser = Browser.laptop(port)) {
            browser.signIn("coordinator", "coordinator");
            assertThat(browser.waitFor(By.cssSelector("vaadin-side-nav")).getText()).contains("Plan for winter");
            browser.open("/plan-for-winter");
            browser.waitFor(By.cssSelector("#forecast-locality input")).sendKeys(locality);
            browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + locality + "')]")).click();
            browser.choose(By.id("forecast-scenario"), "A factor of my own");
            WebElement factor = browser.waitFor(By.cssSelector("#forecast-factor input"));
            factor.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9", Keys.TAB);
            browser.click(By.id("forecast-run"));
            browser.waitUntil(() -> String.valueOf(browser.waitFor(By.id("forecast-factor"))
                    .getAttribute("invalid")), invalid -> invalid.equals("true"));
            assertThat(browser.waitFor(By.id("forecast-factor")).getText()).contains("at most 5");

            factor.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1.5", Keys.TAB);
            browser.click(By.id("forecast-run"));
            browser.waitUntil(() -> browser.waitFor(By.id("forecast-progress-text")).getText(),
                    text -> text.startsWith("Done"));
            assertThat(browser.waitFor(By.id("forecast-summary")).getText())
                    .contains("Referrals +50%", "1 of 1 streams wait longer than their target");
            String cells = browser.gridCells("forecast-streams");
            assertThat(cells).contains("Pathway 2, " + locality, "0 beds", "Not by the end");
            assertThat(cells).containsPattern("\\|[12] beds?\\|");
            WebElement chart = browser.waitFor(By.cssSelector("#forecast-charts svg"));
            assertThat(chart.getAttribute("aria-label")).isEqualTo("Waiting in hospital: Pathway 2, " + locality);
            assertThat(browser.driver.findElements(By.cssSelector("#forecast-charts polygon"))).hasSize(1);

            browser.waitFor(By.cssSelector("#forecast-close-setting input")).sendKeys("Setting " + emptySetting);
            browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + emptySetting + "')]")).click();
            WebElement days = browser.waitFor(By.cssSelector("#forecast-close-days input"));
            days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0", Keys.TAB);
            browser.click(By.id("forecast-run"));
            browser.waitUntil(() -> browser.waitFor(By.id("forecast-close-days")).getText(),
                    text -> text.contains("1 to 84 days"));
            days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "14", Keys.TAB);
            browser.click(By.id("forecast-run"));
            browser.waitUntil(() -> browser.waitFor(By.id("forecast-close-setting")).getText(),
                    text -> text.contains("has no open beds to close"));
            assertThat(browser.waitFor(By.id("forecast-close-days")).getAttribute("invalid")).isNotEqualTo("true");

            assertThat(AccessibilityBrowserTest.audit(browser, "coordinator", AccessibilityBrowserTest.DESK,
                    "plan-for-winter")).isEmpty();
            browser.driver.manage().window().setSize(AccessibilityBrowserTest.PHONE);
            assertThat(AccessibilityBrowserTest.audit(browser, "coordinator", AccessibilityBrowserTest.PHONE,
                    "plan-for-winter")).isEmpty();
        }
    }
}
