package org.dischargehub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.dischargehub.dashboard.Kpis.FollowUp;
import org.dischargehub.messages.OutboxWorker;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whether people can be reached, were given (and posted) their letters and were called: counted from the contact
 * details, the letters, the outbox and the calls after discharge.
 */
@HubIntegrationTest
class FollowUpKpiIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    KpiService kpis;
    @Autowired
    OutboxWorker worker;

    @Test
    void the_triaged_who_can_be_reached_and_the_letters_given_at_triage_and_at_discharge() {
        Hub hub = Hub.on(port, "FUK");
        String reachable = referral(hub);
        expect(hub.mdt.put("/api/referrals/" + reachable + "/contact", Map.of("phone", "01632 960123",
                "address", "1 Elm Road, Westby", "postcode", "WS1 2AB")));
        expect(hub.mdt.post("/api/referrals/" + reachable + "/triage", Map.of("pathway", 0,
                "rationale", "Independent")));
        expect(hub.coordinator.post("/api/referrals/" + reachable + "/discharge",
                Map.of("dischargedOn", TODAY.toString())));
        String kinWithoutPhone = referral(hub);
        expect(hub.mdt.put("/api/referrals/" + kinWithoutPhone + "/contact",
                Map.of("nextOfKin", Map.of("name", "Ada Byron", "relationship", "Niece"))));
        expect(hub.mdt.post("/api/referrals/" + kinWithoutPhone + "/triage", Map.of("pathway", 2,
                "bedType", "REHAB", "rationale", "Rehab after a fall")));
        referral(hub);
        String cancelled = referral(hub);
        expect(hub.mdt.post("/api/referrals/" + cancelled + "/triage", Map.of("pathway", 0,
                "rationale", "Independent")));
        expect(hub.mdt.post("/api/referrals/" + cancelled + "/cancel", Map.of("reason", "Referred twice")));

        worker.deliverDue(TestClock.now());

        FollowUp figures = As.coordinator(() -> kpis.kpis(new KpiFilter(TODAY, TODAY, hub.locality(), null)))
                .followUp();

        assertThat(figures).isEqualTo(new FollowUp(2, 1, 50.0, 2, 100.0, 1, 1, 1, 100.0, 1, 1, 0, 0.0, 0, 0, null));
        assertThat(As.coordinator(() -> kpis.kpis(new KpiFilter(TODAY, TODAY, hub.locality(), 2))).followUp())
                .as("a pathway narrows them").isEqualTo(new FollowUp(1, 0, 0.0, 1, 100.0, 0, 0, 0, null, 0, 0, 0, null, 0, 0, null));
        JsonNode api = hub.coordinator.get("/api/kpis?from=" + TODAY + "&to=" + TODAY + "&locality="
                + hub.locality()).json().path("followUp");
        assertThat(api.path("reachablePercent").asDouble()).isEqualTo(50.0);
        assertThat(api.path("dischargeLetters").asInt()).isOne();
        assertThat(api.path("dischargeLettersSent").asInt()).as("posted: the person has an address").isOne();
        assertThat(api.path("safeAndWellCalls").asInt()).as("pathway 0's call falls due on discharge").isOne();
    }

    private static String referral(Hub hub) {
        Api.Response created = hub.mdt.post("/api/referrals", People.referral(hub.locality(),
                TestClock.now().truncatedTo(ChronoUnit.SECONDS)));
        expect(created);
        return created.json().path("id").asText();
    }

    private static void expect(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
