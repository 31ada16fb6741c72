package org.dischargehub.homecare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.referral.ReferralFactory.Person;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** A home-care provider lands on My capacity with the offers waiting for its answer on top, and answers one there. */
@HubIntegrationTest
class MyCapacityOffersBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void my_capacity_shows_the_open_offers_with_their_time_left_above_the_capacity_and_accepts_one_in_place() {
        Hub hub = Hub.on(port, "MC");
        Person offered = new ReferralFactory(context, hub).offered();

        try (Browser phone = Browser.phone(port)) {
            phone.signIn(hub.homeCareUsername(), County.password());
            String card = phone.waitFor(By.id("open-offer-" + offered.offer())).getText();
            assertThat(card).contains(hub.locality(), "7 hours a week", "Open until", "left)")
                    .doesNotContain("Edith", "Marsh");
            Object offersFirst = ((JavascriptExecutor) phone.driver).executeScript(
                    "const offers = document.getElementById('open-offers');"
                            + "const capacity = document.querySelector('.capacity-days');"
                            + "return !!(offers && capacity"
                            + " && (offers.compareDocumentPosition(capacity) & Node.DOCUMENT_POSITION_FOLLOWING));");
            assertThat(offersFirst).as("the open offers come before the capacity posting").isEqualTo(true);
            phone.screenshot("my-capacity-open-offers-phone");

            phone.click(By.xpath("//*[@id='open-offer-" + offered.offer()
                    + "']//vaadin-button[normalize-space(.)='Accept']"));
            phone.waitForText("No offers are waiting for your answer.");
            assertThat(phone.driver.findElements(By.id("open-offer-" + offered.offer()))).isEmpty();
        }
        assertThat(hub.coordinator.get("/api/referrals/" + offered.id()).json().path("status").asText())
                .isEqualTo("READY_TO_DISCHARGE");
    }
}
