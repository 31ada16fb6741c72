package org.dischargehub.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dischargehub.ui.AccessibilityBrowserTest.Scene.ok;
import static org.dischargehub.ui.AccessibilityBrowserTest.Scene.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.Browser;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dialogs of the referral page pass axe too: each is opened as its user opens it, at a desk's and a phone's size,
 * and audited while it is open (the page behind it is inert), then closed with Escape.
 */
@HubIntegrationTest
class DialogAccessibilityBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void every_dialog_of_the_referral_page_passes_axe_at_desk_and_phone_sizes() {
        Hub hub = Hub.on(port, "DX");
        String locality = hub.locality();
        String homeCare = hub.homeCare();
        String bed = hub.bed("REHAB");
        String waiting = referral(hub, locality);
        String homeCareNeed = referral(hub, locality);
        ok(hub.mdt.post("/api/referrals/" + homeCareNeed + "/triage", Map.of("pathway", 1, "hoursPerWeek", 10,
                "startDate", TestClock.today().toString(), "rationale", "Help with meals")));
        String bedNeed = referral(hub, locality);
        ok(hub.mdt.post("/api/referrals/" + bedNeed + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                "rationale", "Rehabilitation after a fall")));
        String reserved = referral(hub, locality);
        ok(hub.mdt.post("/api/referrals/" + reserved + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                "rationale", "Rehabilitation after a fall")));
        ok(hub.coordinator.post("/api/referrals/" + reserved + "/allocation", Map.of("bedCode", bed)));
        assertThat(homeCare).isNotBlank();

        List<String> violations = new ArrayList<>();
        try (Browser mdt = Browser.laptop(port).signIn("mdt", "mdt")) {
            violations.addAll(auditDialogs(mdt, "mdt", waiting, "action-triage", "action-new-ready-date"));
        }
        try (Browser coordinator = Browser.laptop(port).signIn("coordinator", "coordinator")) {
            violations.addAll(auditDialogs(coordinator, "coordinator", homeCareNeed, "action-home-care",
                    "action-cancel"));
            violations.addAll(auditDialogs(coordinator, "coordinator", bedNeed, "action-allocate-bed"));
            violations.addAll(auditDialogs(coordinator, "coordinator", reserved, "action-discharge",
                    "action-decline-reservation"));
        }
        assertThat(violations).as("axe-core violations of WCAG 2.2 A/AA in dialogs").isEmpty();
    }

    private static List<String> auditDialogs(Browser browser, String who, String referral, String... buttons) {
        List<String> found = new ArrayList<>();
        for (Dimension size : List.of(AccessibilityBrowserTest.DESK, AccessibilityBrowserTest.PHONE)) {
            browser.driver.manage().window().setSize(size);
            browser.open("/referrals/" + referral);
            for (String button : buttons) {
                browser.click(By.id(button));
                browser.waitFor(By.cssSelector("vaadin-dialog-overlay[opened]"));
                found.addAll(AccessibilityBrowserTest.audit(browser, who, size, "dialog of #" + button));
                new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
                browser.waitUntil(() -> String.valueOf(browser.driver
                        .findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).size()), "0"::equals);
            }
        }
        return found;
    }
}
