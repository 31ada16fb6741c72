package org.dischargehub.handover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.dischargehub.ui.AccessibilityBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The MDT records where the person lives; the carer reads it at the door, on a phone; the letters are kept. */
@HubIntegrationTest
class HandoverBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void the_mdt_records_contact_details_at_their_fields_and_the_carer_reads_the_handover_on_a_phone() {
        Hub hub = Hub.on(port, "HBR");
        String provider = hub.homeCare();
        String id = hub.mdt.post("/api/referrals", People.referral(hub.locality(),
                TestClock.now().truncatedTo(ChronoUnit.SECONDS))).json().path("id").asText();

        try (Browser mdt = Browser.laptop(port)) {
            mdt.signIn("mdt", "mdt");
            mdt.open("/referrals/" + id + "/contact");
            mdt.waitFor(By.cssSelector("#address textarea")).sendKeys("1 Elm Road, Westshire");
            input(mdt, "postcode").sendKeys("SW1A");
            input(mdt, "phone").sendKeys("01632 960001");
            mdt.waitFor(By.cssSelector("#access-details textarea")).sendKeys("Key safe by the back door, code 1942");
            mdt.click(By.id("contact-save"));
            mdt.waitUntil(() -> String.valueOf(mdt.waitFor(By.id("postcode")).getDomProperty("invalid")),
                    "true"::equals);
            assertThat(mdt.waitFor(By.id("postcode")).getDomProperty("errorMessage")).contains("UK postcode");
            assertThat(hub.mdt.get("/api/referrals/" + id + "/contact").json().path("address").isNull())
                    .as("a refused save keeps nothing").isTrue();
            assertThat(AccessibilityBrowserTest.audit(mdt, "mdt", AccessibilityBrowserTest.DESK, "contact")).isEmpty();

            input(mdt, "postcode").sendKeys(Keys.chord(Keys.CONTROL, "a"), "SW1A 1AA", Keys.TAB);
            mdt.click(By.id("contact-save"));
            mdt.waitUntil(() -> hub.mdt.get("/api/referrals/" + id + "/contact").json().path("postcode").asText(),
                    "SW1A 1AA"::equals);
        }
        ok(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1, "hoursPerWeek", 10,
                "startDate", TestClock.today().toString(), "rationale", "Help with meals")));
        ok(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("providerCode", provider,
                "startDate", TestClock.today().toString())));
        Api carer = hub.homeCareUser();
        ok(carer.post("/api/offers/" + carer.get("/api/offers?status=OPEN").find("referralId", id).path("id")
                .asText() + "/accept", null));

        try (Browser phone = Browser.phone(port)) {
            phone.signIn(hub.homeCareUsername(), County.password());
            phone.open("/my-people");
            WebElement card = phone.waitFor(By.id("handover-" + id));
            phone.waitForText("Key safe by the back door, code 1942");
            assertThat(card.getText()).contains("1 Elm Road, Westshire, SW1A 1AA", "01632 960001",
                    "Help with meals", "10 hours a week");
            assertThat(card.findElement(By.cssSelector("a[href='tel:01632960001']")).getText())
                    .as("the carer calls the person from the handover").isEqualTo("01632 960001");
            assertThat(AccessibilityBrowserTest.audit(phone, "carer", AccessibilityBrowserTest.PHONE, "my-people"))
                    .isEmpty();
            Long overflow = (Long) ((JavascriptExecutor) phone.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as("nothing wider than the phone").isLessThanOrEqualTo(0L);
        }
        try (Browser mdt = Browser.laptop(port)) {
            mdt.signIn("mdt", "mdt");
            mdt.open("/referrals/" + id + "/letters");
            WebElement change = mdt.waitFor(By.id("letter-2"));
            assertThat(mdt.waitFor(By.id("letters")).getText()).contains("Letter 2: the plan changed",
                    "replaces letter 1", "Letter 1: the plan at triage");
            Object type = ((JavascriptExecutor) mdt.driver).executeAsyncScript("const done = arguments[1];"
                    + "fetch(arguments[0]).then(r => done(r.headers.get('content-type')));",
                    change.getDomProperty("href"));
            assertThat(String.valueOf(type)).as("the letter opens as the PDF the person was given")
                    .startsWith("application/pdf");
            assertThat(AccessibilityBrowserTest.audit(mdt, "mdt", AccessibilityBrowserTest.DESK, "letters")).isEmpty();
        }
    }

    private static WebElement input(Browser browser, String id) {
        return browser.waitFor(By.cssSelector("#" + id + " input"));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(List.of(200, 201));
    }
}
