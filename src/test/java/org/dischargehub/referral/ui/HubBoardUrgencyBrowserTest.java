package org.dischargehub.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.referral.ReferralFactory.Person;
import org.dischargehub.support.Browser;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The board puts the person longest past the ready date first and asks for a delay reason until one is given. */
@HubIntegrationTest
class HubBoardUrgencyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void a_person_three_days_past_the_ready_date_heads_the_board_until_a_delay_reason_is_recorded() {
        Hub hub = Hub.on(port, "HUB");
        ReferralFactory story = new ReferralFactory(context, hub);
        story.readyToLeaveAt(TestClock.now().plus(1, ChronoUnit.DAYS)).awaitingTriage();
        Person threeDaysPast = story.readyToLeaveAt(TestClock.now().minus(3, ChronoUnit.DAYS)).awaitingTriage();

        try (Browser coordinator = Browser.laptop(port)) {
            coordinator.signIn("coordinator", "coordinator");
            openBoardOf(coordinator, hub.locality());
            coordinator.waitUntil(() -> coordinator.gridCells("board-grid"),
                    cells -> onlyTheseTwo(cells, hub.locality()) && cells.startsWith("3 days|Edith Marsh|awaiting triage"));
            String before = coordinator.gridCells("board-grid");
            int secondRow = before.indexOf("Edith Marsh", before.indexOf("Edith Marsh") + 1);
            assertThat(before.split("Delay reason needed", -1))
                    .as("only the person past the ready date is asked for a delay reason").hasSize(2);
            assertThat(before.indexOf("Delay reason needed")).as("asked in the first row: " + before)
                    .isLessThan(secondRow);
            coordinator.screenshot("hub-board-most-urgent-first");

            coordinator.open("/referrals/" + threeDaysPast.id());
            WebElement prompt = coordinator.waitFor(By.id("delay-reason-prompt"));
            assertThat(prompt.getText()).contains("Delay reason needed", "3 days past the discharge ready date");
            coordinator.screenshot("referral-asks-for-delay-reason");
            coordinator.choose(By.id("delay-reason"), "Awaiting the hub");
            coordinator.waitUntil(() -> String.valueOf(coordinator.driver.findElement(By.id("delay-reason-prompt"))
                    .isDisplayed()), "false"::equals);

            openBoardOf(coordinator, hub.locality());
            coordinator.waitUntil(() -> coordinator.gridCells("board-grid"),
                    cells -> onlyTheseTwo(cells, hub.locality()) && cells.startsWith("3 days|Edith Marsh")
                            && cells.contains("Awaiting the hub's process")
                            && !cells.contains("Delay reason needed"));
        }
    }

    /** Two rows, both in this county's locality: the locality filter has been applied. */
    private static boolean onlyTheseTwo(String cells, String locality) {
        return cells.split("Edith Marsh", -1).length == 3 && cells.split(locality, -1).length == 3;
    }

    private static void openBoardOf(Browser browser, String locality) {
        browser.open("/board");
        browser.waitFor(By.cssSelector("#board-locality input")).sendKeys(locality);
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + locality + "')]")).click();
    }

}
