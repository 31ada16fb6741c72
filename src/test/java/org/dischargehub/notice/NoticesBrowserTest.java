package org.dischargehub.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.referral.ReferralFactory.Person;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Two people at once: a provider accepts an offer on its phone, a home declines a reservation, a coordinator raises an
 * escalation, and the coordinator's open page tells of each and moves its menu's figures, without a reload.
 */
@HubIntegrationTest
class NoticesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    DirectoryService directory;

    @Test
    void the_coordinators_open_page_tells_of_an_accepted_offer_a_declined_bed_and_an_escalation_and_moves_its_counts() {
        Hub hub = Hub.on(port, "NB");
        ReferralFactory people = new ReferralFactory(context, hub);
        Person offered = people.offered();
        Person holding = people.holdingABed();
        Person waiting = people.awaitingBed();
        String providerName = directory.provider(hub.homeCare()).name();

        try (Browser coordinator = Browser.laptop(port); Browser provider = Browser.phone(port)) {
            coordinator.signIn("coordinator", "coordinator");
            coordinator.open("/board");
            coordinator.waitFor(By.id("menu-count-board"));
            int offersOut = count(coordinator, "board");
            int escalationsOpen = count(coordinator, "escalations");
            assertThat(offersOut).isPositive();
            String focusedBefore = focused(coordinator);

            provider.signIn(hub.homeCareUsername(), County.password());
            provider.click(By.xpath("//*[@id='open-offer-" + offered.offer()
                    + "']//vaadin-button[normalize-space(.)='Accept']"));

            coordinator.waitUntil(() -> notices(coordinator),
                    text -> text.contains("Offer accepted") && text.contains(providerName + " accepted the home-care "
                            + "package for Edith Marsh"));
            coordinator.waitUntil(() -> String.valueOf(count(coordinator, "board")),
                    shown -> shown.equals(String.valueOf(offersOut - 1)));
            assertThat(focused(coordinator)).as("a notice never takes focus").isEqualTo(focusedBefore);
            WebDriverWait wait = new WebDriverWait(coordinator.driver, java.time.Duration.ofSeconds(10));
            assertThat(coordinator.driver.findElement(By.id("notices")).getAttribute("role")).isEqualTo("status");
            assertThat(coordinator.driver.findElement(By.id("notices")).getAttribute("aria-live")).isEqualTo("polite");

            Api.Response declined = hub.coordinator.post("/api/referrals/" + holding.id() + "/reservation/decline",
                    Map.of("reason", "Cannot meet the person's night-time needs"));
            assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
            coordinator.waitUntil(() -> notices(coordinator),
                    text -> text.contains("Bed declined") && text.contains("declined the bed reserved for Edith Marsh"));

            Api.Response raised = hub.coordinator.post("/api/referrals/" + waiting.id() + "/escalation",
                    Map.of("reason", "Nothing with a hoist in the locality"));
            assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
            coordinator.waitUntil(() -> notices(coordinator),
                    text -> text.contains("New escalation") && text.contains("No bed fits"));
            coordinator.waitUntil(() -> String.valueOf(count(coordinator, "escalations")),
                    shown -> shown.equals(String.valueOf(escalationsOpen + 1)));
            coordinator.screenshot("coordinator-notices");
            assertThat(axeViolations(coordinator)).as("the notices and the menu's figures pass axe").isEmpty();

            coordinator.click(By.xpath("//*[@id='notices']//a[normalize-space(.)=\"Open Edith Marsh's referral\""
                    + " and contains(@href, '" + offered.id() + "')]"));
            wait.until(ExpectedConditions.urlContains("/referrals/" + offered.id()));
        }
    }

    private static List<String> axeViolations(Browser browser) {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .include("#notices").include("vaadin-side-nav").setTimeout(120).analyze(browser.driver);
        assertThat(results.isErrored()).as(String.valueOf(results.getErrorMessage())).isFalse();
        return results.getViolations().stream().flatMap(rule -> rule.getNodes().stream()
                .map(node -> rule.getId() + " at " + node.getTarget() + ": " + node.getFailureSummary())).toList();
    }

    /** The figure beside a menu item (nought when it shows none). */
    private static int count(Browser browser, String route) {
        Object text = ((JavascriptExecutor) browser.driver).executeScript(
                "const badge = document.getElementById(arguments[0]);"
                        + "return badge && !badge.hidden ? badge.textContent : '0';", "menu-count-" + route);
        return Integer.parseInt(String.valueOf(text).trim().split(" ")[0]);
    }

    private static String notices(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                "const tray = document.getElementById('notices'); return tray ? tray.innerText : '';"));
    }

    private static String focused(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                "const a = document.activeElement; return a ? a.tagName + '#' + a.id : '';"));
    }
}
