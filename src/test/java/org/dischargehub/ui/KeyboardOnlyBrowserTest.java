package org.dischargehub.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two flows done with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows and typing; no clicks), checked in the
 * data: a home-care provider posts capacity, and the MDT sends a referral. Focus is followed on the way.
 */
@HubIntegrationTest
class KeyboardOnlyBrowserTest {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Test
    void a_home_care_provider_posts_capacity_with_the_keyboard_alone() {
        Hub hub = Hub.on(port, "KB");
        String locality = hub.locality();
        String provider = hub.homeCare();
        LocalDate tomorrow = TestClock.today().plusDays(1);
        try (Browser browser = Browser.laptop(port)) {
            signIn(browser, hub.homeCareUsername(), County.password());
            press(browser, Keys.TAB);
            assertThat(focusedId(browser)).as("the first Tab reaches the skip link").isEqualTo("skip-link");
            // a home-care provider lands on My capacity; leave it and come back through the menu
            openFromMenu(browser, "Offers and packages");
            openFromMenu(browser, "My capacity");
            assertThat(focused(browser, "el.tagName")).as("focus on the page heading").isEqualTo("H2");

            tabTo(browser, "the Edit button of tomorrow", "el.closest('#day-" + locality + "-" + tomorrow + "')"
                    + " && el.tagName === 'VAADIN-BUTTON'");
            press(browser, Keys.ENTER);
            waitFocused(browser, "the hours field", "el.closest('#hours-per-week')");
            type(browser, "15");
            tabTo(browser, "Save", "el.tagName === 'VAADIN-BUTTON' && el.textContent.trim() === 'Save'");
            press(browser, Keys.ENTER);

            browser.waitUntil(() -> hub.coordinator.get("/api/capacity/home-care?date=" + tomorrow + "&locality="
                    + locality).find("providerCode", provider).path("hoursPosted").decimalValue().stripTrailingZeros().toPlainString(),
                    "15"::equals);
            waitFocused(browser, "back on tomorrow's row after the save",
                    "el.closest('#day-" + locality + "-" + tomorrow + "')");
        }
    }

    @Test
    void the_mdt_sends_a_referral_with_the_keyboard_alone_and_a_refusal_puts_focus_on_the_first_field() {
        Hub hub = Hub.on(port, "KM");
        String locality = hub.locality();
        String nhsNumber = People.nhsNumber();
        String familyName = "Keys" + hub.county.tag;
        try (Browser browser = Browser.laptop(port)) {
            signIn(browser, "mdt", "mdt");
            openFromMenu(browser, "New referral");
            tabTo(browser, "Send referral", "el.closest('#send-referral')");
            press(browser, Keys.ENTER);
            waitFocused(browser, "the first invalid field, the NHS number", "el.closest('#nhs-number')");

            type(browser, nhsNumber);
            press(browser, Keys.TAB);
            type(browser, "Edith");
            press(browser, Keys.TAB);
            type(browser, familyName);
            press(browser, Keys.TAB);
            type(browser, "12/04/1938");
            press(browser, Keys.ENTER);
            tabTo(browser, "the locality", "el.closest('#locality')");
            type(browser, locality);
            openListIfClosed(browser);
            press(browser, Keys.ARROW_DOWN);
            press(browser, Keys.ENTER);
            tabTo(browser, "the hospital", "el.closest('#hospital')");
            type(browser, "Westshire General Hospital");
            press(browser, Keys.TAB);
            type(browser, "Elm Ward");
            tabTo(browser, "the ready date", "el.closest('#ready-to-leave') && el.closest('vaadin-date-picker')");
            type(browser, TestClock.today().minusDays(1).format(UK_DATE));
            press(browser, Keys.ENTER);
            tabTo(browser, "the ready time", "el.closest('#ready-to-leave') && el.closest('vaadin-time-picker')");
            type(browser, "09:00");
            press(browser, Keys.ENTER);
            tabTo(browser, "infection-positive", "el.closest('#infection-positive')");
            press(browser, Keys.SPACE);
            press(browser, Keys.TAB);
            type(browser, "Sent with the keyboard");
            tabTo(browser, "Send referral", "el.closest('#send-referral')");
            press(browser, Keys.ENTER);

            Api mdt = hub.mdt;
            browser.waitUntil(() -> mdt.get("/api/referrals?status=AWAITING_TRIAGE").find("nhsNumber", nhsNumber)
                    .path("familyName").asText(), familyName::equals);
            var referral = mdt.get("/api/referrals?status=AWAITING_TRIAGE").find("nhsNumber", nhsNumber);
            assertThat(referral.path("infectionPositive").asBoolean()).isTrue();
            assertThat(referral.path("ward").asText()).isEqualTo("Elm Ward");
            waitFocused(browser, "the referral page's heading", "el.tagName === 'H2'");
        }
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.open("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        waitFocused(browser, "the username", "el.name === 'username'");
        type(browser, username);
        press(browser, Keys.TAB);
        type(browser, password);
        press(browser, Keys.ENTER);
        browser.waitFor(By.cssSelector("vaadin-app-layout"));
    }

    /** Tabs to the menu's item and follows it; focus then lands on the new page's heading. */
    private static void openFromMenu(Browser browser, String item) {
        tabTo(browser, "the menu's " + item, "el.closest('vaadin-side-nav-item')"
                + " && el.closest('vaadin-side-nav-item').textContent.trim() === '" + item + "'");
        press(browser, Keys.ENTER);
        waitFocused(browser, "the heading of " + item, "el.tagName === 'H2'");
    }

    /** Presses Tab (then, past the end, Shift+Tab back) until the focused element passes the check. */
    private static void tabTo(Browser browser, String what, String check) {
        for (Keys key : new Keys[] {Keys.TAB, null}) {
            for (int presses = 0; presses < 40; presses++) {
                if ("true".equals(focused(browser, "!!(" + check + ")"))) {
                    return;
                }
                if (key == null) {
                    new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
                } else {
                    press(browser, key);
                }
            }
        }
        throw new AssertionError("Tab never reached " + what + "; focus is on " + focused(browser, "el.outerHTML"));
    }

    private static void waitFocused(Browser browser, String what, String check) {
        browser.waitUntil(() -> focused(browser, "(" + check + ") ? 'yes' : el.outerHTML.substring(0, 200)"),
                "yes"::equals);
    }

    /** An expression on the focused element, {@code el}, found through shadow roots. */
    private static String focused(Browser browser, String expression) {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                "let el = document.activeElement;"
                        + "while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;"
                        + "if (!el) return null;"
                        + "if (!el.closest) el = el.host;"
                        + "const host = el.getRootNode().host;"
                        + "if (host) el = host;"
                        + "return " + expression + ";"));
    }

    private static String focusedId(Browser browser) {
        return focused(browser, "el.id");
    }

    private static void press(Browser browser, Keys key) {
        new Actions(browser.driver).sendKeys(key).perform();
    }

    /**
     * Waits for the combo box's list to show the typed match; a keyboard user whose list did not open with typing (the
     * hub's many localities are filtered on the server) opens it with the down arrow, as this does once.
     */
    private static void openListIfClosed(Browser browser) {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        } catch (TimeoutException e) {
            press(browser, Keys.ARROW_DOWN);
            browser.waitFor(By.cssSelector("vaadin-combo-box-item"));
        }
    }

    private static void type(Browser browser, String text) {
        new Actions(browser.driver).sendKeys(text).perform();
    }
}
