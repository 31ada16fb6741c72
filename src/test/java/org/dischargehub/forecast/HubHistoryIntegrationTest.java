package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.dischargehub.forecast.History.Arrivals;
import org.dischargehub.forecast.History.InCare;
import org.dischargehub.forecast.History.Stay;
import org.dischargehub.forecast.History.Waiting;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The planner's inputs, read from referrals, beds and posted hours made the way the hub's users make them. */
@HubIntegrationTest
class HubHistoryIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    HubHistory history;

    @Test
    void demand_stays_waits_capacity_and_who_is_in_care_come_from_the_records() {
        Hub hub = Hub.on(port, "HHI");
        String locality = hub.locality();
        String provider = hub.homeCare();
        String inBed = referral(hub, 30);
        triage(hub, inBed, Map.of("pathway", 2, "bedType", "REHAB", "rationale", "Rehab"));
        ok(hub.coordinator.post("/api/referrals/" + inBed + "/allocation", Map.of("bedCode", hub.bed("REHAB"))));
        ok(hub.coordinator.post("/api/referrals/" + inBed + "/discharge",
                Map.of("dischargedOn", TODAY.minusDays(10).toString())));
        String decided = referral(hub, 30);
        triage(hub, decided, Map.of("pathway", 2, "bedType", "REHAB", "rationale", "Rehab"));
        ok(hub.coordinator.post("/api/referrals/" + decided + "/allocation", Map.of("bedCode", hub.bed("REHAB"))));
        ok(hub.coordinator.post("/api/referrals/" + decided + "/discharge",
                Map.of("dischargedOn", TODAY.minusDays(12).toString())));
        ok(hub.coordinator.post("/api/referrals/" + decided + "/funding-decision", Map.of("outcome", "COUNCIL",
                "decidedOn", TODAY.minusDays(2).toString(), "rationale", "Care Act assessment")));
        String offered = referral(hub, 0);
        triage(hub, offered, Map.of("pathway", 1, "hoursPerWeek", 14, "startDate", TODAY.toString(),
                "rationale", "Help with washing"));
        ok(hub.coordinator.post("/api/referrals/" + offered + "/allocation", Map.of("providerCode", provider,
                "startDate", TODAY.toString())));
        String noBed = referral(hub, 0);
        triage(hub, noBed, Map.of("pathway", 3, "bedType", "NURSING", "rationale", "Nursing needs"));
        triage(hub, referral(hub, 0), Map.of("pathway", 0, "rationale", "Independent"));
        referral(hub, 0);
        String closedBed = hub.bed("DEMENTIA");
        ok(hub.manager.put("/api/beds/" + closedBed + "/availability", Map.of("available", false,
                "reason", "Maintenance")));

        History read = As.coordinator(() -> history.read(TODAY, 8, 14));

        assertThat(read.arrivals()).filteredOn(a -> a.locality().equals(locality))
                .as("triaged referrals received today, by pathway; the untriaged one left out")
                .containsExactly(new Arrivals(TODAY, 0, locality, 1), new Arrivals(TODAY, 1, locality, 1),
                        new Arrivals(TODAY, 2, locality, 2), new Arrivals(TODAY, 3, locality, 1));
        assertThat(read.queue()).filteredOn(w -> w.locality().equals(locality))
                .extracting(Waiting::pathway, Waiting::service, Waiting::since)
                .containsExactly(tuple(1, HubHistory.HOME_CARE, TODAY), tuple(3, "NURSING", TODAY));
        assertThat(read.queue()).filteredOn(w -> w.pathway() == 1 && w.locality().equals(locality))
                .extracting(Waiting::hoursPerWeek).containsExactly(new BigDecimal("14.00"));
        assertThat(read.inCare()).filteredOn(c -> c.locality().equals(locality))
                .extracting(InCare::service, InCare::since, InCare::decidedOn)
                .containsExactly(tuple("REHAB", TODAY.minusDays(12), TODAY.minusDays(2)),
                        tuple("REHAB", TODAY.minusDays(10), null));
        assertThat(read.stays()).as("the decision ends the stay; one still going on is censored at today")
                .contains(new Stay(2, "REHAB", 10, false), new Stay(2, "REHAB", 10, true));
        assertThat(read.onwardWaits()).contains(new Stay(2, "REHAB", 2, true));
        assertThat(read.beds()).filteredOn(b -> b.locality().equals(locality))
                .as("the closed dementia bed left out").extracting(History.OpenBeds::bedType,
                        History.OpenBeds::beds)
                .containsExactly(tuple("REHAB", 2));
        assertThat(read.hours()).filteredOn(h -> h.provider().equals(provider))
                .singleElement().satisfies(h -> {
                    assertThat(h.day()).isEqualTo(TODAY);
                    assertThat(h.posted()).isEqualByComparingTo("100");
                    assertThat(h.taken()).as("the open offer's hours").isPositive();
                    assertThat(h.stale()).isFalse();
                });
    }

    private static String referral(Hub hub, int readyDaysAgo) {
        Api.Response created = hub.mdt.post("/api/referrals", People.referral(hub.locality(),
                TestClock.now().minus(readyDaysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
        ok(created);
        return created.json().path("id").asText();
    }

    private static void triage(Hub hub, String id, Map<String, Object> body) {
        ok(hub.mdt.post("/api/referrals/" + id + "/triage", body));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
