package org.dischargehub.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dischargehub.ui.AccessibilityBrowserTest.Scene.ok;
import static org.dischargehub.ui.AccessibilityBrowserTest.Scene.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** People read dates as people write them: no ISO date or timestamp on any screen a coordinator or provider opens. */
@HubIntegrationTest
class HumanDatesBrowserTest {

    private static final Pattern MACHINE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}\\S*)?");

    @LocalServerPort
    int port;

    @Test
    void no_screen_a_coordinator_a_manager_or_a_provider_opens_shows_a_machine_date() {
        Hub hub = Hub.on(port, "HD");
        String locality = hub.locality();
        String offered = referral(hub, locality);
        ok(hub.mdt.post("/api/referrals/" + offered + "/triage", Map.of("pathway", 1, "hoursPerWeek", 10,
                "startDate", TestClock.today().toString(), "rationale", "Help with meals")));
        ok(hub.coordinator.post("/api/referrals/" + offered + "/allocation",
                Map.of("providerCode", hub.homeCare(), "startDate", TestClock.today().toString())));
        String bedBased = hub.county.bedBasedProvider("HDBB");
        String setting = hub.county.setting("HDS", bedBased, locality, 1, "150.00", false);
        String funded = referral(hub, locality);
        ok(hub.mdt.post("/api/referrals/" + funded + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                "rationale", "Rehabilitation after a fall")));
        ok(hub.coordinator.post("/api/referrals/" + funded + "/allocation",
                Map.of("bedCode", hub.county.bed(setting, "01", "REHAB"))));
        ok(hub.coordinator.post("/api/referrals/" + funded + "/discharge",
                Map.of("dischargedOn", TestClock.today().toString())));
        String bedsUser = hub.county.user("hd-beds", "PROVIDER", bedBased);
        ok(hub.as(bedsUser).put("/api/providers/" + bedBased + "/status/" + TestClock.today(), Map.of(
                "outbreak", "NONE", "peopleAffected", 0, "staffTotal", 40, "staffAbsent", 8, "vacancies", 2,
                "agencyUse", true, "crossSettingWorking", false, "ppeDaysLeft", 20, "canAdmit", true)));

        Map<String, String> users = new LinkedHashMap<>();
        users.put("coordinator", "coordinator");
        users.put("manager", "manager");
        users.put(hub.homeCareUsername(), County.password());
        users.put(bedsUser, County.password());
        List<String> machineDates = new ArrayList<>();
        for (Map.Entry<String, String> user : users.entrySet()) {
            try (Browser browser = Browser.laptop(port)) {
                browser.signIn(user.getKey(), user.getValue());
                List<String> paths = menuOf(browser);
                if (paths.contains("/board")) {
                    paths.add("/referrals/" + offered);
                    paths.add("/referrals/" + funded);
                }
                for (String path : paths) {
                    browser.navigate(path); // as the menu does: the router swaps the view, no page load
                    machineDates.addAll(machineDatesOn(browser, user.getKey() + " " + path));
                }
            }
        }
        assertThat(machineDates).as("machine dates where people read").isEmpty();
    }

    private static List<String> menuOf(Browser browser) {
        browser.waitFor(By.cssSelector("vaadin-side-nav vaadin-side-nav-item"));
        List<String> paths = new ArrayList<>();
        for (WebElement item : browser.driver.findElements(By.cssSelector("vaadin-side-nav > vaadin-side-nav-item"))) {
            String path = "/" + item.getDomAttribute("path");
            if (!path.equals("/")) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** What the page shows once Vaadin has drawn it, scanned for ISO dates. */
    private static List<String> machineDatesOn(Browser browser, String where) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        browser.waitUntil(() -> String.valueOf(js.executeScript(
                "const flow = window.Vaadin && window.Vaadin.Flow;"
                        + "return document.readyState === 'complete' && !!flow && !!flow.clients"
                        + " && Object.values(flow.clients).every(c => !c.isActive || !c.isActive())"
                        + " && !!document.querySelector('main')")), "true"::equals);
        js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)));");
        String text = String.valueOf(js.executeScript("return document.body.innerText"));
        List<String> found = new ArrayList<>();
        Matcher matcher = MACHINE_DATE.matcher(text);
        while (matcher.find()) {
            int from = Math.max(0, matcher.start() - 40);
            found.add(where + ": …" + text.substring(from, Math.min(text.length(), matcher.end() + 10))
                    .replace('\n', ' ') + "…");
        }
        return found;
    }
}
