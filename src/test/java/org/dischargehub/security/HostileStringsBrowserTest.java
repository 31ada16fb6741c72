package org.dischargehub.security;

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
import org.springframework.boot.test.web.server.LocalServerPort;

/** Markup sent as a name or a note is kept exactly as sent and shown as text: no script runs in any view. */
@HubIntegrationTest
class HostileStringsBrowserTest {

    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMAGE = "<img src=x onerror=\"window.__pwned=1\">";

    @LocalServerPort
    int port;

    @Test
    void script_and_image_markup_in_a_referral_is_stored_verbatim_and_shown_as_inert_text() {
        Hub hub = Hub.on(port, "XSS");
        County county = hub.county;
        Map<String, Object> body = People.referral(hub.locality(), TestClock.now().minus(1, ChronoUnit.HOURS));
        body.put("givenName", SCRIPT);
        body.put("familyName", IMAGE + county.tag);
        body.put("notes", "Daughter says " + SCRIPT + " and " + IMAGE);
        Api.Response created = hub.mdt.post("/api/referrals", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();

        Api.Response stored = hub.coordinator.get("/api/referrals/" + id);
        assertThat(stored.json().path("givenName").asText()).isEqualTo(SCRIPT);
        assertThat(stored.json().path("familyName").asText()).isEqualTo(IMAGE + county.tag);
        assertThat(stored.json().path("notes").asText()).isEqualTo("Daughter says " + SCRIPT + " and " + IMAGE);

        try (Browser coordinator = Browser.laptop(port)) {
            coordinator.signIn("coordinator", "coordinator");
            coordinator.open("/referrals/" + id);
            coordinator.waitFor(By.id("referral-status"));
            waitForVisibleText(coordinator, SCRIPT);
            waitForVisibleText(coordinator, IMAGE + county.tag);
            coordinator.screenshot("hostile-strings-referral-page");
            assertInert(coordinator);

            coordinator.open("/board");
            coordinator.waitFor(By.cssSelector("#board-search input")).sendKeys(county.tag);
            waitForVisibleText(coordinator, IMAGE + county.tag);
            coordinator.screenshot("hostile-strings-board");
            assertInert(coordinator);
        }
    }

    private static void waitForVisibleText(Browser browser, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .withMessage(() -> "the page never showed " + text + " as text")
                .until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                        "return document.body.innerText")).contains(text));
    }

    private static void assertInert(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        assertThat(js.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(js.executeScript("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
        assertThat(js.executeScript("""
                return Array.from(document.querySelectorAll('script'))
                    .filter(s => s.textContent.includes('__pwned')).length""")).isEqualTo(0L);
    }
}
