package org.dischargehub.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each role starts on the page it acts on first, and "Home" takes it back there. */
@HubIntegrationTest
class LandingPageBrowserTest {

    private static final By MY_CAPACITY_HEADING = By.xpath("//h2[normalize-space()='My capacity']");

    @LocalServerPort
    int port;

    @Test
    void a_coordinator_lands_on_the_hub_board_and_home_leads_back_to_it() {
        try (Browser browser = Browser.laptop(port)) {
            assertThat(landingOf(browser, "coordinator", "coordinator")).endsWith("/board");
            browser.open("/beds");
            browser.waitFor(By.cssSelector("vaadin-side-nav-item[path='']")).click();
            browser.waitUntil(browser.driver::getCurrentUrl, url -> url.endsWith("/board"));
        }
    }

    @Test
    void a_manager_lands_on_the_dashboard_and_an_mdt_on_its_worklist() {
        try (Browser browser = Browser.laptop(port)) {
            assertThat(landingOf(browser, "manager", "manager")).endsWith("/dashboard");
        }
        try (Browser browser = Browser.laptop(port)) {
            assertThat(landingOf(browser, "mdt", "mdt")).endsWith("/mdt");
        }
    }

    @Test
    void a_home_care_provider_lands_on_its_capacity_and_a_bed_based_one_on_its_own_beds() {
        County county = new County(port);
        String homeCare = county.user("landh", "PROVIDER", county.homeCareProvider("LANDH", "21.00"));
        String bedBased = county.user("landb", "PROVIDER", county.bedBasedProvider("LANDB"));
        try (Browser browser = Browser.laptop(port)) {
            assertThat(landingOf(browser, homeCare, County.password())).endsWith("/my-capacity");
            browser.waitFor(MY_CAPACITY_HEADING);
        }
        try (Browser browser = Browser.laptop(port)) {
            assertThat(landingOf(browser, bedBased, County.password())).endsWith("/my-beds");
            browser.waitFor(By.xpath("//h2[normalize-space()='My beds']"));
            browser.open("/my-capacity");
            browser.waitForText("Could not navigate to 'my-capacity'");
            assertThat(browser.driver.findElements(MY_CAPACITY_HEADING)).isEmpty();
        }
    }

    private static String landingOf(Browser browser, String username, String password) {
        browser.signIn(username, password);
        browser.waitUntil(browser.driver::getCurrentUrl, url -> !url.endsWith("/"));
        browser.waitFor(By.cssSelector("vaadin-side-nav"));
        return browser.driver.getCurrentUrl();
    }
}
