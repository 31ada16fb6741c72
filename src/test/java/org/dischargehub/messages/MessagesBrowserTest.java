package org.dischargehub.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.Browser;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.ui.AccessibilityBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The coordinator finds a failed message on the Messages page, failed ones first, and retries it; axe stays quiet. */
@HubIntegrationTest
class MessagesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_failed_message_is_listed_first_with_its_tries_and_error_and_a_retry_is_audited() {
        String referral = new ReferralFactory(context, Hub.on(port, "MSGB")).awaitingTriage().id();
        String id = new MessageFactory(context).failedText(referral);

        try (Browser browser = Browser.laptop(port)) {
            browser.signIn("coordinator", "coordinator");
            assertThat(browser.waitFor(By.cssSelector("vaadin-side-nav")).getText()).contains("Messages");
            browser.open("/messages");
            browser.waitUntil(() -> browser.gridCells("messages"), cells -> cells.startsWith("Failed|"));
            browser.waitFor(By.cssSelector("#message-search input")).sendKeys(referral.substring(0, 8), Keys.TAB);
            browser.waitUntil(() -> browser.gridCells("messages"), cells -> cells.contains("Grace Marsh")
                    && cells.contains("Status code: 500") && cells.contains("Retry now")
                    && cells.contains("Not delivered"));
            assertThat(browser.gridCells("messages")).contains("Failed", "Next of kin: Grace Marsh",
                    "Text: an update for the family", referral.substring(0, 8), "|5|");
            browser.waitFor(By.cssSelector("#messages a[href='referrals/" + referral + "']"));
            assertThat(AccessibilityBrowserTest.audit(browser, "coordinator", AccessibilityBrowserTest.DESK,
                    "messages")).isEmpty();
            browser.driver.manage().window().setSize(AccessibilityBrowserTest.PHONE);
            assertThat(AccessibilityBrowserTest.audit(browser, "coordinator", AccessibilityBrowserTest.PHONE,
                    "messages")).isEmpty();
            browser.driver.manage().window().setSize(AccessibilityBrowserTest.DESK);

            browser.click(By.id("retry-" + id));
            browser.waitUntil(() -> jdbc.sql("select status from hub.message where id = :id").param("id", id)
                    .query(String.class).single(), status -> !"FAILED".equals(status));
            assertThat(jdbc.sql("select count(*) from hub.audit_event where action = 'MESSAGE_RETRIED' "
                    + "and referral_id = :referral").param("referral", referral).query(Integer.class).single())
                    .isEqualTo(1);

            browser.open("/messages?status=FAILED");
            browser.waitFor(By.cssSelector("#message-search input")).sendKeys("no-such-referral", Keys.TAB);
            browser.waitForText("No messages here");
        }
    }
}
