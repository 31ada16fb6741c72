package org.dischargehub.calls.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
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
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A volunteer caller, on a phone and by keyboard alone, finds a person on the calls list and records the call. */
@HubIntegrationTest
class CallsBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void a_caller_records_a_call_by_keyboard_on_a_phone_and_the_person_leaves_the_list() {
        Hub hub = Hub.on(port, "CBR");
        Map<String, Object> body = People.referral(hub.locality(), TestClock.now().truncatedTo(ChronoUnit.SECONDS));
        body.put("givenName", "Winifred");
        body.put("familyName", "Keyboard");
        String id = hub.mdt.post("/api/referrals", body).json().path("id").asText();
        ok(hub.mdt.put("/api/referrals/" + id + "/contact", Map.of("phone", "01632 960002")));
        ok(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 0, "rationale", "Home, no new care")));
        ok(hub.mdt.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TestClock.today().toString())));
        Api caller = Api.as(port, "caller", "caller");
        String call = caller.get("/api/calls").find("referralId", id).path("id").asText();

        try (Browser phone = Browser.phone(port)) {
            phone.signIn("caller", "caller");
            phone.waitFor(By.id("calls-list"));
            assertThat(phone.driver.getCurrentUrl()).as("a caller starts on the calls list").endsWith("/calls");
            phone.waitUntil(() -> String.valueOf(((JavascriptExecutor) phone.driver).executeScript(
                    "const badge = document.getElementById('menu-count-calls');"
                            + "return badge && !badge.hidden ? badge.textContent : '';")),
                    badge -> badge.matches("[1-9][0-9]* due"));
            WebElement search = phone.waitFor(By.cssSelector("#calls-search input"));
            search.sendKeys("winifred keyb");
            phone.waitUntil(() -> String.valueOf(phone.driver.findElements(By.cssSelector("#calls-list .offer-card"))
                    .size()), "1"::equals);
            WebElement card = phone.waitFor(By.id("call-" + call));
            assertThat(card.getText()).contains("Winifred Keyboard", "Safe-and-well call", "01632 960002")
                    .doesNotContain(body.get("nhsNumber").toString());
            assertThat(AccessibilityBrowserTest.audit(phone, "caller", AccessibilityBrowserTest.PHONE, "calls"))
                    .isEmpty();

            tabUntil(phone, "record-" + call);
            active(phone).sendKeys(Keys.ENTER);
            phone.waitFor(By.id("call-outcome"));
            tabUntil(phone, "call-outcome");
            new Actions(phone.driver).sendKeys(Keys.SPACE).perform();
            tabUntil(phone, "call-note");
            new Actions(phone.driver).sendKeys("All well, neighbour is shopping").perform();
            assertThat(AccessibilityBrowserTest.audit(phone, "caller", AccessibilityBrowserTest.PHONE, "calls dialog"))
                    .isEmpty();
            tabUntil(phone, "record-call-outcome");
            active(phone).sendKeys(Keys.ENTER);

            phone.waitUntil(() -> hub.coordinator.get("/api/referrals/" + id).json().path("history").toString(),
                    history -> history.contains("neighbour is shopping"));
            phone.waitFor(By.id("calls-empty"));
            Long overflow = (Long) ((JavascriptExecutor) phone.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as("nothing wider than the phone").isLessThanOrEqualTo(0L);
            phone.open("/referrals/" + id);
            phone.waitForText("Could not navigate to 'referrals/" + id + "'");
            assertThat(phone.driver.getPageSource()).as("the referral page is refused").doesNotContain("Keyboard");
        }
    }

    /** Presses Tab until focus is in the element with the id (at most 40 times), as a keyboard user would. */
    private static void tabUntil(Browser browser, String elementId) {
        for (int i = 0; i < 40; i++) {
            if (focusIsIn(browser, elementId)) {
                return;
            }
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(focusIsIn(browser, elementId)).as("Tab reaches #" + elementId).isTrue();
    }

    private static boolean focusIsIn(Browser browser, String elementId) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver).executeScript(
                "let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement)"
                        + " e = e.shadowRoot.activeElement;"
                        + "for (let n = e; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host))"
                        + " if (n.id === arguments[0]) return true; return false;", elementId));
    }

    private static WebElement active(Browser browser) {
        return browser.driver.switchTo().activeElement();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
    }
}
