package org.dischargehub.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dischargehub.funding.Placements.Episode;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator records a funding decision from the D2A tracker; a manager then downloads the month's recharge CSV,
 * which follows the decision. June 2025 is a month no other test discharges into.
 */
@HubIntegrationTest
class FundingBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void a_coordinator_records_a_decision_and_a_manager_downloads_the_months_csv() {
        County county = new County(port);
        String locality = county.locality("BL");
        String setting = county.setting("BS", county.bedBasedProvider("BP"), locality, 1, "123.45", false);
        Episode episode = new Placements(port, locality)
                .bed(2, county.bed(setting, "01", "REHAB"), "REHAB", LocalDate.of(2025, 6, 10));

        try (Browser browser = Browser.laptop(port)) {
            browser.signIn("coordinator", "coordinator");
            browser.open("/d2a?locality=" + locality);
            browser.waitForText("Past the end, no decision");
            browser.screenshot("d2a-tracker");
            browser.waitFor(By.id("decide-" + episode.id())).click();
            browser.choose(By.id("decision-outcome"), "Council-funded");
            WebElement date = browser.waitFor(By.cssSelector("#decision-date input"));
            date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "30/06/2025", Keys.ENTER);
            browser.waitFor(By.cssSelector("#decision-rationale textarea")).sendKeys("Care Act assessment completed");
            browser.screenshot("funding-decision-dialog");
            browser.waitFor(By.id("decision-save")).click();
            browser.waitForText("Decision recorded for Edith Marsh");
            browser.waitForText("Nobody is in a funded period with these filters");
        }
        Api.Response referral = Api.as(port, "coordinator", "coordinator").get("/api/referrals/" + episode.id());
        assertThat(referral.json().path("status").asText()).isEqualTo("FUNDING_DECIDED");
        assertThat(referral.json().path("fundingDecision").path("decidedOn").asText()).isEqualTo("2025-06-30");

        try (Browser browser = Browser.laptop(port)) {
            browser.signIn("manager", "manager");
            browser.open("/recharges?month=2025-06");
            // 10-29 June: 20 days x 123.45 = 2469.00
            browser.waitForText("£2,469.00");
            browser.screenshot("recharge-statement");
            String href = browser.waitFor(By.id("recharge-csv")).getAttribute("href");
            List<?> download = (List<?>) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text().then(text => done([r.status, "
                            + "r.headers.get('content-type'), r.headers.get('content-disposition'), text])),"
                            + " e => done(['failed: ' + e]));", href);
            assertThat(download.get(0)).isEqualTo(200L);
            assertThat((String) download.get(1)).startsWith("text/csv");
            assertThat((String) download.get(2)).contains("attachment", "recharges-2025-06.csv");
            assertThat(((String) download.get(3)).lines()).containsExactly(
                    "referralId,nhsNumber,kind,from,to,days,amount,person,placedWith",
                    episode.id() + "," + episode.nhsNumber() + ",BED,2025-06-10,2025-06-29,20,2469.00,Edith Marsh,"
                            + "Setting " + setting,
                    "total,,,,,,2469.00,,");
        }
    }
}
