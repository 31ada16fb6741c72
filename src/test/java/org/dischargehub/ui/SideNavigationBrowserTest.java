package org.dischargehub.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each role's side navigation, item by item and in order, with its icon: what a person of that role may open. */
@HubIntegrationTest
class SideNavigationBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void a_manager_sees_every_hub_page_but_the_mdt_worklist_and_the_providers_own() {
        assertThat(sideNavOf("manager", "manager")).containsExactly(
                "Home vaadin:home", "Dashboard vaadin:dashboard", "Situation report vaadin:file-text-o",
                "Plan for winter vaadin:chart-line",
                "Hub board vaadin:table", "New referral vaadin:plus-circle", "Bed board vaadin:bed",
                "D2A tracker vaadin:hourglass", "Calls due vaadin:phone", "Home-care capacity vaadin:clock",
                "Provider risk vaadin:warning",
                "Escalations vaadin:bell", "Messages vaadin:envelope", "Process incidents vaadin:exclamation-circle",
                "Localities vaadin:map-marker", "Providers vaadin:building", "Settings and beds vaadin:building-o",
                "Recharges vaadin:invoice", "Funding schemes vaadin:calendar", "Delay reasons vaadin:clock",
                "Users vaadin:users", "Audit vaadin:eye");
    }

    @Test
    void a_coordinator_sees_the_boards_the_dashboard_the_tracker_and_escalations_but_no_administration() {
        assertThat(sideNavOf("coordinator", "coordinator")).containsExactly(
                "Home vaadin:home", "Dashboard vaadin:dashboard", "Situation report vaadin:file-text-o",
                "Plan for winter vaadin:chart-line",
                "Hub board vaadin:table", "New referral vaadin:plus-circle", "Bed board vaadin:bed",
                "D2A tracker vaadin:hourglass", "Calls due vaadin:phone", "Home-care capacity vaadin:clock",
                "Provider risk vaadin:warning",
                "Escalations vaadin:bell", "Messages vaadin:envelope");
    }

    @Test
    void a_caller_sees_only_the_calls_due() {
        assertThat(sideNavOf("caller", "caller")).containsExactly("Home vaadin:home", "Calls due vaadin:phone");
    }

    @Test
    void an_mdt_user_sees_the_worklist_and_the_boards() {
        assertThat(sideNavOf("mdt", "mdt")).containsExactly(
                "Home vaadin:home", "Hub board vaadin:table", "MDT worklist vaadin:clipboard-check",
                "New referral vaadin:plus-circle", "Bed board vaadin:bed", "Home-care capacity vaadin:clock",
                "Provider risk vaadin:warning");
    }

    @Test
    void a_home_care_provider_sees_only_its_own_pages_and_the_bed_board() {
        County county = new County(port);
        String user = county.user("nav", "PROVIDER", county.homeCareProvider("NAV", "21.00"));
        assertThat(sideNavOf(user, County.password())).containsExactly(
                "Home vaadin:home", "Bed board vaadin:bed", "My capacity vaadin:calendar-clock",
                "Offers and packages vaadin:handshake", "People in your care vaadin:user-heart",
                "Status return vaadin:clipboard");
    }

    @Test
    void a_bed_based_provider_sees_no_home_care_pages() {
        County county = new County(port);
        String user = county.user("navb", "PROVIDER", county.bedBasedProvider("NAVB"));
        assertThat(sideNavOf(user, County.password())).containsExactly(
                "Home vaadin:home", "My beds vaadin:bed", "Bed board vaadin:bed",
                "People in your care vaadin:user-heart", "Status return vaadin:clipboard");
    }

    @Test
    void the_login_page_has_no_navigation_and_a_page_outside_the_menu_still_has_it() {
        try (Browser browser = Browser.laptop(port)) {
            browser.open("/login");
            browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-app-layout"))).isEmpty();

            browser.signIn("coordinator", "coordinator");
            browser.open("/referrals/no-such-referral");
            browser.waitFor(By.id("referral-not-found"));
            assertThat(browser.waitFor(By.cssSelector("vaadin-side-nav")).getText()).contains("Hub board");
        }
    }

    private List<String> sideNavOf(String username, String password) {
        try (Browser browser = Browser.laptop(port)) {
            browser.signIn(username, password);
            browser.waitFor(By.cssSelector("vaadin-side-nav vaadin-side-nav-item"));
            return browser.driver.findElements(By.cssSelector("vaadin-side-nav > vaadin-side-nav-item")).stream()
                    .map(SideNavigationBrowserTest::labelAndIcon)
                    .toList();
        }
    }

    private static String labelAndIcon(WebElement item) {
        List<WebElement> icons = item.findElements(By.cssSelector("vaadin-icon"));
        // the label only: a count beside it ("3 open") follows every other test's data in the shared database
        String label = item.getText().trim().split("\n")[0].trim();
        return label + " " + (icons.isEmpty() ? "no icon" : icons.get(0).getAttribute("icon"));
    }
}
