package org.dischargehub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.dischargehub.dashboard.Kpis.PathwayShare;
import org.dischargehub.dashboard.Kpis.ReasonCount;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard's "delayed now", the situation report's "past discharge ready date" and the API's figures are one
 * count of one definition; cancelled referrals count in no pathway figure.
 */
@HubIntegrationTest
class FiguresAgreeIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    KpiService kpis;
    @Autowired
    KpiQueries queries;

    @Test
    void the_dashboard_the_sitrep_and_the_api_count_the_same_people_past_their_ready_date() {
        County county = new County(port);
        Episodes episodes = new Episodes(port, county);
        Api mdt = Api.as(port, "mdt", "mdt");
        Api coordinator = Api.as(port, "coordinator", "coordinator");
        String locality = county.locality("FA");
        String setting = county.setting("FS", county.bedBasedProvider("FP"), locality, 1, "100.00", false);

        episodes.referral(locality, TODAY.minusDays(4));
        readyAt(mdt, locality, TestClock.now().minus(1, ChronoUnit.MINUTES));
        readyAt(mdt, locality, TestClock.now());
        Instant notYet = TestClock.now().plus(2, ChronoUnit.HOURS);
        readyAt(mdt, locality, notYet);
        episodes.bed(locality, TODAY.minusDays(3), county.bed(setting, "01", "REHAB"), null, TODAY);
        String cancelled = episodes.referral(locality, TODAY.minusDays(2));
        Episodes.expect(mdt.post("/api/referrals/" + cancelled + "/cancel", Map.of("reason", "Fit to go home")), 200);
        episodes.simple(locality, TODAY.minusDays(6), TODAY.minusDays(2));
        int expected = 3; // waiting 4 days, ready a minute ago, ready at creation (passed by now)

        int dashboard = As.coordinator(() -> kpis.kpis(new KpiFilter(TODAY.minusDays(27), TODAY, locality, null)))
                .flow().delayedNow();
        int sitrep = As.coordinator(() -> kpis.sitrep(TODAY, locality)).pastReadyDate();
        int apiDashboard = coordinator.get("/api/kpis?locality=" + locality).json().path("flow").path("delayedNow")
                .asInt();
        int apiSitrep = coordinator.get("/api/sitrep?locality=" + locality).json().path("pastReadyDate").asInt();
        String csv = coordinator.get("/api/sitrep?locality=" + locality, "text/csv").body();

        assertThat(List.of(dashboard, sitrep, apiDashboard, apiSitrep)).containsOnly(expected);
        assertThat(csv).contains("Past discharge ready date,People," + expected + "\r\n");
        KpiFilter filter = new KpiFilter(TODAY, TODAY, locality, null);
        assertThat(people(queries.pastReadyDateByReason(filter, notYet))).as("ready exactly then: not yet delayed")
                .isEqualTo(expected);
        assertThat(people(queries.pastReadyDateByReason(filter, notYet.plusMillis(1)))).isEqualTo(expected + 1);
    }

    @Test
    void cancelled_referrals_change_no_pathway_figure() {
        County county = new County(port);
        Episodes episodes = new Episodes(port, county);
        Api mdt = Api.as(port, "mdt", "mdt");
        String locality = county.locality("FC");
        episodes.simple(locality, TODAY.minusDays(2), TODAY);
        triage(mdt, episodes.referral(locality, TODAY.minusDays(1)), 0);
        KpiFilter filter = new KpiFilter(TODAY, TODAY, locality, null);
        Kpis before = As.coordinator(() -> kpis.kpis(filter));
        Sitrep sitrepBefore = As.coordinator(() -> kpis.sitrep(TODAY, locality));

        for (int pathway : List.of(0, 1)) {
            String id = episodes.referral(locality, TODAY.minusDays(1));
            triage(mdt, id, pathway);
            Episodes.expect(mdt.post("/api/referrals/" + id + "/cancel", Map.of("reason", "Died on the ward")), 200);
        }
        Episodes.expect(mdt.post("/api/referrals/" + episodes.referral(locality, TODAY) + "/cancel",
                Map.of("reason", "Sent in error")), 200);
        Kpis after = As.coordinator(() -> kpis.kpis(filter));
        Sitrep sitrepAfter = As.coordinator(() -> kpis.sitrep(TODAY, locality));

        assertThat(after.flow().pathwayShares()).isEqualTo(before.flow().pathwayShares())
                .extracting(PathwayShare::referrals).containsExactly(2, 0, 0, 0);
        assertThat(after.flow().referralsPerDay()).isEqualTo(before.flow().referralsPerDay());
        assertThat(after.flow().readyToDischarge()).isEqualTo(before.flow().readyToDischarge());
        assertThat(sitrepAfter.receivedByPathway()).isEqualTo(sitrepBefore.receivedByPathway())
                .containsExactly(2, 0, 0, 0);
        assertThat(sitrepAfter.dischargedByPathway()).isEqualTo(sitrepBefore.dischargedByPathway());
    }

    private static void readyAt(Api mdt, String locality, Instant ready) {
        Episodes.expect(mdt.post("/api/referrals", People.referral(locality, ready)), 201);
    }

    private static void triage(Api mdt, String id, int pathway) {
        Map<String, Object> body = pathway == 0 ? Map.of("pathway", 0, "rationale", "Independent")
                : Map.of("pathway", 1, "hoursPerWeek", 7, "startDate", TODAY.toString(), "rationale", "Reablement");
        Episodes.expect(mdt.post("/api/referrals/" + id + "/triage", body), 200);
    }

    private static int people(List<ReasonCount> byReason) {
        return byReason.stream().mapToInt(ReasonCount::count).sum();
    }
}
