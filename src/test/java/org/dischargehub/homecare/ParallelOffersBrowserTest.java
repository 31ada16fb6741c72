package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A provider looking at an offer on its phone sees it withdrawn, live, when another provider accepts first. */
@HubIntegrationTest
class ParallelOffersBrowserTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;

    @Test
    void an_offer_another_provider_accepted_first_turns_withdrawn_on_the_losing_providers_phone() {
        County county = new County(port);
        String locality = county.locality("PO");
        String winner = county.homeCareProvider("WIN", "24.00");
        String loser = county.homeCareProvider("LOSE", "24.00");
        county.capacity(winner, locality, TODAY, 20);
        county.capacity(loser, locality, TODAY, 20);
        String winnerUser = county.user("win", "PROVIDER", winner);
        String loserUser = county.user("lose", "PROVIDER", loser);
        Api mdt = Api.as(port, "mdt", "mdt");
        String referral = mdt.post("/api/referrals", People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS)))
                .json().path("id").asText();
        mdt.post("/api/referrals/" + referral + "/triage", Map.of("pathway", 1, "hoursPerWeek", 10,
                "startDate", TODAY.toString(), "rationale", "Help with meals and medication"));
        assertThat(Api.as(port, "coordinator", "coordinator").post("/api/referrals/" + referral + "/allocation",
                Map.of("providerCodes", List.of(winner, loser), "startDate", TODAY.toString())).status())
                .isEqualTo(201);
        Api winnerApi = Api.as(port, winnerUser, County.password());
        String winning = winnerApi.get("/api/offers?status=OPEN").find("referralId", referral).path("id").asText();
        String losing = Api.as(port, loserUser, County.password()).get("/api/offers?status=OPEN")
                .find("referralId", referral).path("id").asText();

        try (Browser phone = Browser.phone(port)) {
            phone.signIn(loserUser, County.password());
            phone.open("/my-offers");
            phone.waitFor(By.xpath("//*[@id='offer-" + losing + "']//vaadin-button[normalize-space(.)='Accept']"));

            assertThat(winnerApi.post("/api/offers/" + winning + "/accept", null).status()).isEqualTo(200);

            phone.waitUntil(() -> String.valueOf(((JavascriptExecutor) phone.driver).executeScript(
                    "const card = document.getElementById(arguments[0]); return card ? card.innerText : '';",
                    "offer-" + losing)),
                    text -> text.contains("Withdrawn") && text.contains("another provider accepted first"));
            assertThat(phone.driver.findElements(By.xpath(
                    "//*[@id='offer-" + losing + "']//vaadin-button"))).isEmpty();
            phone.screenshot("provider-offer-withdrawn-phone");
        }
    }
}
