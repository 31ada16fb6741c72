package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A provider on a phone posts capacity and accepts an offer; the coordinator then sees the booking. */
@HubIntegrationTest
class HomeCareBrowserTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;

    @Test
    void a_provider_on_a_phone_posts_capacity_and_accepts_an_offer_and_the_coordinator_sees_the_booking() {
        County county = new County(port);
        county.locality("AA");
        String locality = county.locality("PH");
        String provider = county.homeCareProvider("HCPH", "24.00");
        String username = county.user("phone", "PROVIDER", provider);
        Api mdt = Api.as(port, "mdt", "mdt");
        Api coordinator = Api.as(port, "coordinator", "coordinator");
        String referral = mdt.post("/api/referrals", People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS)))
                .json().path("id").asText();
        mdt.post("/api/referrals/" + referral + "/triage", Map.of("pathway", 1, "hoursPerWeek", 10,
                "startDate", TODAY.toString(), "rationale", "Help with meals and medication"));

        try (Browser phone = Browser.phone(port)) {
            phone.signIn(username, County.password());
            phone.open("/my-capacity");
            phone.choose(By.cssSelector("vaadin-select"), locality + " \u00b7");
            WebElement today = phone.waitFor(By.id("day-" + locality + "-" + TODAY));
            assertThat(today.getText()).contains("Not posted");
            today.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Edit']")).click();
            WebElement hours = phone.waitFor(By.cssSelector("vaadin-big-decimal-field#hours-per-week input"));
            hours.sendKeys("20", Keys.TAB);
            phone.waitFor(By.xpath("//vaadin-button[normalize-space(.)='Save']")).click();
            phone.waitForText("20 h/week");
            assertThat(phone.waitFor(By.id("day-" + locality + "-" + TODAY)).getText())
                    .contains("20 h/week", "free 20");
            assertFitsThePhone(phone);
            phone.screenshot("provider-capacity-phone");

            Api.Response offered = coordinator.post("/api/referrals/" + referral + "/allocation",
                    Map.of("providerCode", provider, "startDate", TODAY.toString()));
            assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
            String offer = coordinator.get("/api/offers?status=OPEN").find("referralId", referral).path("id").asText();

            phone.open("/my-offers");
            WebElement card = phone.waitFor(By.id("offer-" + offer));
            assertThat(card.getText()).contains(locality, "10 hours a week", "Help with meals and medication")
                    .doesNotContain("Edith", "Marsh");
            assertFitsThePhone(phone);
            phone.screenshot("provider-offer-phone");
            card.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Accept']")).click();
            phone.waitFor(By.xpath("//vaadin-button[normalize-space(.)='Hand back']"));
        }
        assertThat(coordinator.get("/api/referrals/" + referral).json().path("status").asText())
                .isEqualTo("READY_TO_DISCHARGE");

        try (Browser laptop = Browser.laptop(port)) {
            laptop.signIn("coordinator", "coordinator");
            laptop.open("/home-care-capacity?locality=" + locality);
            laptop.waitForText(provider);
            WebElement cell = laptop.waitFor(By.cssSelector("vaadin-grid .capacity-cell[title^='posted 20']"));
            assertThat(cell.getText()).contains("20 · 10 · 0 · 10");
            assertThat(cell.getAttribute("title")).contains("booked 10", "free 10");
            laptop.screenshot("coordinator-capacity");
            laptop.waitFor(By.xpath("//vaadin-tab[normalize-space(.)='Localities × days']")).click();
            WebElement total = laptop.waitFor(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), '"
                    + locality + " ')]"));
            assertThat(total.getText()).contains(locality);
        }
    }

    private static void assertFitsThePhone(Browser phone) {
        Long overflow = (Long) ((JavascriptExecutor) phone.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow on a 390px screen").isLessThanOrEqualTo(0L);
    }
}
