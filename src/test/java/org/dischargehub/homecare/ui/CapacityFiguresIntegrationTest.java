package org.dischargehub.homecare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.dischargehub.homecare.CapacityRow;
import org.dischargehub.homecare.HomeCareCapacityService;
import org.dischargehub.homecare.LocalityDayTotal;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The capacity grid's posted · booked · on offer · free, for a provider with a booking and an open offer. */
@HubIntegrationTest
class CapacityFiguresIntegrationTest {

    static final LocalDate DAY = TestClock.today().plusDays(2);

    @LocalServerPort
    int port;
    @Autowired
    HomeCareCapacityService homeCare;

    @Test
    void the_grid_shows_booked_on_offer_and_free_adding_up_to_what_was_posted() {
        County county = new County(port);
        Api mdt = Api.as(port, "mdt", "mdt");
        Api coordinator = Api.as(port, "coordinator", "coordinator");
        String locality = county.locality("CF");
        String provider = county.homeCareProvider("CFH", "21.00");
        Api providerUser = Api.as(port, county.user("cfu", "PROVIDER", provider), County.password());
        county.capacity(provider, locality, DAY, 20);

        String booked = offered(mdt, coordinator, locality, provider, 7);
        JsonNode offer = providerUser.get("/api/offers?status=OPEN").find("referralId", booked);
        assertThat(providerUser.post("/api/offers/" + offer.path("id").asText() + "/accept", null).status())
                .isEqualTo(200);
        offered(mdt, coordinator, locality, provider, 5);

        CapacityRow row = As.coordinator(() -> homeCare.capacityBetween(DAY, DAY, locality)).get(0);
        assertThat(row.hoursPosted()).isEqualByComparingTo("20");
        assertThat(row.hoursBooked()).isEqualByComparingTo("7");
        assertThat(row.hoursOffered()).isEqualByComparingTo("5");
        assertThat(row.hoursBooked().add(row.hoursOffered()).add(row.hoursFree()))
                .isEqualByComparingTo(row.hoursPosted());
        assertThat(CapacityView.figures(CapacityView.Cell.of(row, HumanTime.at(TestClock.now())))).isEqualTo("20 · 7 · 5 · 8");
        LocalityDayTotal total = As.coordinator(() -> homeCare.totalsByLocality(DAY, DAY)).stream()
                .filter(t -> t.locality().equals(locality)).findFirst().orElseThrow();
        assertThat(CapacityView.figures(CapacityView.Cell.of(total, HumanTime.at(TestClock.now())))).isEqualTo("20 · 7 · 5 · 8");
    }

    @Test
    void an_overbooked_day_says_so_instead_of_a_negative_free() {
        CapacityView.Cell cell = new CapacityView.Cell(new BigDecimal("10"), new BigDecimal("8"),
                new BigDecimal("4.5"), new BigDecimal("-2.5"), false, TestClock.now(), "");
        assertThat(CapacityView.figures(cell)).isEqualTo("10 · 8 · 4.5 · over by 2.5");
    }

    private static String offered(Api mdt, Api coordinator, String locality, String provider, int hours) {
        Api.Response created = mdt.post("/api/referrals", People.referral(locality, TestClock.now()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1, "hoursPerWeek", hours,
                "startDate", DAY.toString(), "rationale", "Reablement at home")).status()).isEqualTo(200);
        assertThat(coordinator.post("/api/referrals/" + id + "/allocation", Map.of("providerCode", provider,
                "startDate", DAY.toString())).status()).isEqualTo(201);
        return id;
    }
}
