package org.dischargehub.beds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A bed-based provider's own beds on a phone: counts per setting, a bed closed and reopened in one tap each. */
@HubIntegrationTest
class MyBedsBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void a_bed_based_provider_on_a_phone_sees_only_its_settings_and_closes_and_reopens_a_bed_in_one_tap() {
        Hub hub = Hub.on(port, "MB");
        County county = hub.county;
        String locality = hub.locality();
        String provider = county.bedBasedProvider("MBP");
        String setting = county.setting("MBS", provider, locality, 2, "180.00", false);
        String other = county.setting("MBO", provider, locality, 1, "150.00", false);
        String free = county.bed(setting, "01", "REHAB");
        String held = county.bed(setting, "02", "REHAB");
        String closedByHub = county.bed(other, "01", "NURSING");
        String notOurs = county.setting("MBX", county.bedBasedProvider("MBX"), locality, 1, "150.00", false);
        county.bed(notOurs, "01", "REHAB");
        reserve(hub, locality, held);
        String user = county.user("mybeds", "PROVIDER", provider);

        assertThat(hub.as(user).get("/api/beds?locality=" + locality).json().findValuesAsText("bedCode"))
                .containsExactlyInAnyOrder(free, held, closedByHub);

        try (Browser phone = Browser.phone(port)) {
            phone.signIn(user, County.password());
            phone.waitUntil(phone.driver::getCurrentUrl, url -> url.endsWith("/my-beds"));
            waitForCounts(phone, setting, "1 free 1 reserved 0 occupied 0 closed");
            waitForCounts(phone, other, "1 free 0 reserved 0 occupied 0 closed");
            assertThat(phone.driver.getPageSource()).doesNotContain(notOurs);
            assertThat(phone.driver.findElements(By.id("close-" + held))).isEmpty();
            assertThat(phone.waitFor(By.id("close-" + free)).getRect().getHeight()).isGreaterThanOrEqualTo(44);
            assertThat(sidewaysScroll(phone)).as("page wider than the phone").isFalse();

            phone.waitFor(By.id("close-" + free)).click();
            phone.waitFor(By.cssSelector("#bed-reason input")).sendKeys("Deep clean");
            phone.waitFor(By.id("bed-reason-confirm")).click();
            waitForCounts(phone, setting, "0 free 1 reserved 0 occupied 1 closed");
            assertThat(bed(hub.coordinator, locality, free).path("status").asText()).isEqualTo("CLOSED");
            assertThat(phone.waitFor(By.id("bed-" + free)).getText()).contains("closed: Deep clean");
            phone.screenshot("my-beds-phone-bed-closed");

            phone.waitFor(By.id("reopen-" + free)).click();
            waitForCounts(phone, setting, "1 free 1 reserved 0 occupied 0 closed");
            assertThat(bed(hub.coordinator, locality, free).path("status").asText()).isEqualTo("AVAILABLE");

            assertThat(hub.coordinator.put("/api/beds/" + closedByHub + "/availability",
                    Map.of("available", false, "reason", "Repair")).status()).isEqualTo(200);
            waitForCounts(phone, other, "0 free 0 reserved 0 occupied 1 closed");

            phone.click(By.cssSelector("#setting-" + setting + " a.my-setting-return"));
            phone.waitUntil(() -> String.valueOf(((JavascriptExecutor) phone.driver).executeScript(
                    "const value = document.querySelector('#setting vaadin-select-value-button');"
                            + "return value ? value.textContent.trim() : ''")), ("Setting " + setting)::equals);
        }
    }

    @Test
    void a_bed_based_provider_on_a_desk_sees_its_beds_without_sideways_scrolling() {
        County county = new County(port);
        String provider = county.bedBasedProvider("MBD");
        String setting = county.setting("MBD", provider, county.locality("MBD"), 1, "150.00", false);
        county.bed(setting, "01", "REHAB");
        try (Browser desk = Browser.laptop(port)) {
            desk.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            desk.signIn(county.user("mybedsdesk", "PROVIDER", provider), County.password());
            desk.open("/my-beds");
            waitForCounts(desk, setting, "1 free 0 reserved 0 occupied 0 closed");
            assertThat(sidewaysScroll(desk)).isFalse();
        }
    }

    /** A referral triaged to a rehab bed and given this one by the coordinator. */
    private static void reserve(Hub hub, String locality, String bed) {
        Api.Response created = hub.mdt.post("/api/referrals",
                People.referral(locality, TestClock.now().minus(1, ChronoUnit.DAYS)));
        String id = created.json().path("id").asText();
        assertThat(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                "rationale", "Rehabilitation after a fall")).status()).isBetween(200, 201);
        assertThat(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)).status())
                .isBetween(200, 201);
    }

    private static com.fasterxml.jackson.databind.JsonNode bed(Api api, String locality, String bed) {
        return api.get("/api/beds?locality=" + locality).find("bedCode", bed);
    }

    private static void waitForCounts(Browser browser, String setting, String expected) {
        browser.waitUntil(() -> {
            java.util.List<WebElement> counts = browser.driver.findElements(By.id("counts-" + setting));
            return counts.isEmpty() ? "" : counts.get(0).getText().replaceAll("\\s+", " ").trim();
        }, expected::equals);
    }

    private static boolean sidewaysScroll(Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }
}
