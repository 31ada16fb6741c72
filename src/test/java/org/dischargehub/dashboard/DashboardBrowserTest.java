package org.dischargehub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A manager opens the dashboard for one locality: every chart is drawn with marks, and its CSV holds its numbers. */
@HubIntegrationTest
class DashboardBrowserTest {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void the_dashboard_draws_its_charts_and_offers_their_numbers_as_csv() {
        LocalDate today = TestClock.today();
        County county = new County(port);
        Episodes episodes = new Episodes(port, county);
        String locality = county.locality("DB");
        String setting = county.setting("DS", county.bedBasedProvider("DP"), locality, 1, "100.00", false);
        String held = county.bed(setting, "01", "REHAB");
        county.bed(setting, "02", "REHAB");
        county.bed(setting, "03", "NURSING");
        episodes.simple(locality, today.minusDays(1), today);
        episodes.simple(locality, today.minusDays(1), today);
        episodes.bed(locality, today.minusDays(2), held, null, null);
        String provider = county.homeCareProvider("DH", "20.00");
        county.capacity(provider, locality, today, 20);
        county.capacity(provider, locality, today.plusDays(2), 15);
        // reablement from ten days ago, a council package decided two days ago and not yet started
        String reablement = episodes.homeCare(locality, today.minusDays(10), provider, episodes.providerUser(provider),
                7, today.minusDays(10), null, true);
        episodes.decide(reablement, "COUNCIL", today.minusDays(2));

        try (Browser browser = Browser.laptop(port)) {
            browser.signIn("manager", "manager");
            browser.open("/dashboard?locality=" + locality + "&from=" + today.minusDays(13) + "&to=" + today);
            browser.waitFor(By.cssSelector("#chart-referrals svg polyline"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;

            Object points = js.executeScript("return [...document.querySelectorAll('#chart-referrals svg polyline')]"
                    + ".map(p => p.getAttribute('data-series') + ':' + p.getAttribute('points').trim().split(' ').length)");
            assertThat((List<Object>) points).contains("Pathway 0:14", "Pathway 2:14");
            assertThat(js.executeScript("return document.querySelector('#chart-referrals svg').textContent"))
                    .as("days on the axis as people write them").asString()
                    .contains(HumanTime.shortDate(today.minusDays(13)))
                    .doesNotContain(today.minusDays(13).toString().substring(5));
            assertThat(bars(js, "chart-beds")).containsExactlyInAnyOrder("Available=1", "Reserved=1",
                    "Available=1");
            assertThat(bars(js, "chart-home-care")).containsExactly("Hours posted=35");
            // two discharged a day after their ready date (1 + 1), one waiting two days past it (2), no reasons
            assertThat(bars(js, "chart-delays")).containsExactly("Delayed days=4");
            assertThat(bars(js, "chart-length-of-stay")).containsExactly("Average days=8", "Median days=8",
                    "90th percentile days=8");
            assertThat(bars(js, "chart-waiting-long-term")).containsExactly("People=1");
            assertThat(bars(js, "chart-at-home-91")).containsExactly("People=1");
            browser.waitForText("Delayed now");
            browser.screenshot("dashboard");
            browser.click(By.id("chart-beds"));
            browser.screenshot("dashboard-charts");

            String href = browser.waitFor(By.id("chart-beds-csv")).getAttribute("href");
            List<?> download = (List<?>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text().then(t => done([r.status, r.headers.get('content-type'), t])),"
                    + " e => done(['failed: ' + e]));", href);
            assertThat(download.get(0)).isEqualTo(200L);
            assertThat((String) download.get(1)).startsWith("text/csv");
            assertThat(((String) download.get(2)).lines()).containsExactly(
                    "Tier,Type,Available,Reserved,Occupied,Closed,Occupancy %",
                    "1,NURSING,1,0,0,0,0.0",
                    "1,REHAB,1,1,0,0,0.0");

            browser.open("/sitrep");
            browser.waitFor(By.cssSelector("#sitrep svg rect.bar"));
            browser.waitForText("Past discharge ready date");
            browser.screenshot("sitrep");
        }
    }

    /** The bars of a chart drawn taller than nothing, as series=value. */
    @SuppressWarnings("unchecked")
    private static List<Object> bars(JavascriptExecutor js, String chart) {
        return (List<Object>) js.executeScript("return [...document.querySelectorAll('#" + chart + " svg rect.bar')]"
                + ".filter(r => parseFloat(r.getAttribute('height')) > 0)"
                + ".map(r => r.getAttribute('data-series') + '=' + r.getAttribute('data-value'))");
    }
}
