package org.dischargehub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dischargehub.dashboard.Kpis.BedCount;
import org.dischargehub.dashboard.Kpis.DayCount;
import org.dischargehub.dashboard.Kpis.HomeCareHours;
import org.dischargehub.dashboard.Kpis.MonthTotal;
import org.dischargehub.dashboard.Kpis.OutcomeCount;
import org.dischargehub.dashboard.Kpis.PathwayShare;
import org.dischargehub.dashboard.Kpis.ReadyToDischarge;
import org.dischargehub.dashboard.Kpis.ReasonCount;
import org.dischargehub.referral.FundedPeriod;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every figure of the dashboard against a small data set worked out by hand. Locality A holds episodes discharged
 * around the end of January 2025 plus one person still waiting; locality B holds today's capacity and funded periods.
 *
 * <pre>
 * A  pathway  ready       discharged  delay reason        after
 * e1 0        2025-01-29  2025-01-29  -                   closed HOME on discharge
 * e2 1 (7h)   2025-01-28  2025-01-31  PATHWAY_1_CAPACITY  closed READMITTED 2025-02-10 (10 days)
 * e3 2 bed    2025-01-26  2025-02-01  PATHWAY_2_BED       COUNCIL decided 2025-02-05
 * e4 1 (14h)  2025-01-27  2025-02-02  -                   closed READMITTED 2025-03-20 (46 days)
 * e5 -        today - 3   -           FAMILY_CHOICE       waiting for triage
 * </pre>
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(Episodes.LONDON);
    static final LocalDate JAN_28 = LocalDate.of(2025, 1, 28);
    static final LocalDate FEB_3 = LocalDate.of(2025, 2, 3);

    @LocalServerPort
    int port;
    @Autowired
    KpiService kpis;
    @Autowired
    ReferralService referrals;
    @Autowired
    JdbcClient jdbc;

    String a;
    String b;
    List<String> inA = new ArrayList<>();
    List<LocalDate> fundedDischarges = List.of(TODAY.minusDays(1), TODAY.minusDays(30), TODAY.minusDays(100));
    Api manager;
    Api coordinator;

    @BeforeAll
    void buildTheDataSet() {
        County county = new County(port);
        Episodes episodes = new Episodes(port, county);
        manager = Api.as(port, "manager", "manager");
        coordinator = Api.as(port, "coordinator", "coordinator");
        a = county.locality("KA");
        b = county.locality("KB");

        String settingA1 = county.setting("KS", county.bedBasedProvider("KP"), a, 1, "110.00", false);
        String bed1 = county.bed(settingA1, "01", "REHAB");
        county.bed(settingA1, "02", "REHAB");
        String settingA2 = county.setting("KS", county.bedBasedProvider("KP"), a, 2, "150.00", false);
        String closed = county.bed(settingA2, "03", "NURSING");
        Episodes.expect(manager.put("/api/beds/" + closed + "/availability",
                Map.of("available", false, "reason", "Maintenance")), 200);
        String providerA = county.homeCareProvider("KH", "21.00");
        Api providerAUser = episodes.providerUser(providerA);

        String e1 = episodes.simple(a, LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 29));
        String e2 = episodes.homeCare(a, JAN_28, providerA, providerAUser, 7, LocalDate.of(2025, 1, 31),
                "PATHWAY_1_CAPACITY", true);
        episodes.close(e2, "READMITTED", LocalDate.of(2025, 2, 10));
        String e3 = episodes.bed(a, LocalDate.of(2025, 1, 26), bed1, "PATHWAY_2_BED", LocalDate.of(2025, 2, 1));
        episodes.decide(e3, "COUNCIL", LocalDate.of(2025, 2, 5));
        String e4 = episodes.homeCare(a, LocalDate.of(2025, 1, 27), providerA, providerAUser, 14,
                LocalDate.of(2025, 2, 2), null, true);
        episodes.close(e4, "READMITTED", LocalDate.of(2025, 3, 20));
        String e5 = episodes.referral(a, TODAY.minusDays(3));
        episodes.delayReason(e5, "FAMILY_CHOICE");
        inA.addAll(List.of(e1, e2, e3, e4, e5));

        String settingB = county.setting("KS", county.bedBasedProvider("KP"), b, 1, "100.00", false);
        for (int i = 0; i < fundedDischarges.size(); i++) {
            LocalDate on = fundedDischarges.get(i);
            episodes.bed(b, on.minusDays(1), county.bed(settingB, "F" + i, "REHAB"), null, on);
        }
        String providerB = county.homeCareProvider("KH", "20.00");
        county.capacity(providerB, b, TODAY, 20);
        county.capacity(providerB, b, TODAY.plusDays(8), 30);
        episodes.homeCare(b, TODAY, providerB, episodes.providerUser(providerB), 10, TODAY.plusDays(3), null, false);
    }

    Kpis figures(LocalDate from, LocalDate to, String locality, Integer pathway) {
        return As.manager(() -> kpis.kpis(new KpiFilter(from, to, locality, pathway)));
    }

    @Test
    void days_from_ready_to_discharge_per_pathway_across_the_month_end() {
        Kpis k = figures(JAN_28, FEB_3, a, null);

        assertThat(k.flow().readyToDischarge()).containsExactly(
                new ReadyToDischarge(0, 1, 0, 0, 0),
                new ReadyToDischarge(1, 2, 4.5, 4.5, 5.7),
                new ReadyToDischarge(2, 1, 6, 6, 6));
        assertThat(figures(LocalDate.of(2025, 2, 1), FEB_3, a, null).flow().readyToDischarge()).containsExactly(
                new ReadyToDischarge(1, 1, 6, 6, 6),
                new ReadyToDischarge(2, 1, 6, 6, 6));
    }

    @Test
    void delayed_days_count_the_days_after_the_ready_date_up_to_the_discharge_inside_the_period() {
        assertThat(figures(JAN_28, FEB_3, a, null).flow().delayedDaysByReason()).extracting(ReasonCount::reason,
                ReasonCount::count).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NOT_RECORDED", 6),
                        org.assertj.core.groups.Tuple.tuple("PATHWAY_2_BED", 5),
                        org.assertj.core.groups.Tuple.tuple("PATHWAY_1_CAPACITY", 3));
        assertThat(KpiTables.delayedDays(figures(JAN_28, FEB_3, a, null)).csv()).isEqualTo(
                "Reason,Label,Delayed days\r\nNOT_RECORDED,Not recorded,6\r\n"
                        + "PATHWAY_2_BED,Awaiting a pathway 2 bed (rehabilitation or short-term care),5\r\n"
                        + "PATHWAY_1_CAPACITY,Awaiting pathway 1 capacity (home care / reablement),3\r\n");
        assertThat(figures(LocalDate.of(2025, 2, 1), FEB_3, a, null).flow().delayedDaysByReason())
                .extracting(ReasonCount::reason, ReasonCount::count).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NOT_RECORDED", 2),
                        org.assertj.core.groups.Tuple.tuple("PATHWAY_2_BED", 1));
        assertThat(figures(TODAY.minusDays(5), TODAY, a, null).flow().delayedDaysByReason())
                .extracting(ReasonCount::reason, ReasonCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FAMILY_CHOICE", 3));
    }

    @Test
    void people_delayed_now_are_past_their_ready_date_and_not_discharged_whatever_the_period() {
        Kpis k = figures(JAN_28, FEB_3, a, null);
        assertThat(k.flow().delayedNow()).isEqualTo(1);
        assertThat(k.flow().delayedNowByReason()).extracting(ReasonCount::reason).containsExactly("FAMILY_CHOICE");
        assertThat(figures(JAN_28, FEB_3, a, 1).flow().delayedNow()).isZero();
    }

    @Test
    void referrals_per_day_shares_and_triage_wait_for_todays_referrals() {
        Kpis k = figures(TODAY, TODAY, a, null);

        assertThat(k.flow().referralsPerDay()).containsExactly(new DayCount(TODAY, 0, 1), new DayCount(TODAY, 1, 2),
                new DayCount(TODAY, 2, 1), new DayCount(TODAY, null, 1));
        assertThat(k.flow().pathwayShares()).containsExactly(new PathwayShare(0, 1, 25, 50),
                new PathwayShare(1, 2, 50, 45), new PathwayShare(2, 1, 25, 4), new PathwayShare(3, 0, 0, 1));
        List<Double> waits = jdbc.sql("""
                select extract(epoch from (min(e.at) - r.created_at)) / 3600.0 from hub.referral r
                join hub.referral_event e on e.referral_id = r.id and e.action = 'TRIAGED'
                where r.id in (:ids) group by r.id, r.created_at order by 1
                """).param("ids", inA).query(Double.class).list();
        assertThat(waits).hasSize(4);
        assertThat(k.flow().triageWait().triaged()).isEqualTo(4);
        assertThat(k.flow().triageWait().averageHours())
                .isCloseTo(waits.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(1e-9));
        assertThat(k.flow().triageWait().medianHours()).isCloseTo((waits.get(1) + waits.get(2)) / 2, within(1e-9));
        assertThat(KpiTables.referralsPerDay(k).rows()).containsExactly(List.of(TODAY.toString(), "1", "2", "1", "0",
                "1"));
    }

    @Test
    void outcomes_of_the_people_discharged_and_the_episodes_closed_in_the_period() {
        Kpis.Outcomes week = figures(JAN_28, FEB_3, a, null).outcomes();
        assertThat(week.closedByOutcome()).containsExactly(new OutcomeCount("HOME", 1));
        assertThat(week.discharged()).isEqualTo(4);
        assertThat(week.dischargedHome()).isEqualTo(1);
        assertThat(week.dischargedHomePercent()).isEqualTo(25.0);
        assertThat(week.readmittedWithin30Days()).isEqualTo(1);
        assertThat(week.readmittedPercent()).isEqualTo(25.0);
        assertThat(week.fundingDecisions()).isEmpty();

        Kpis.Outcomes quarter = figures(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), a, null).outcomes();
        assertThat(quarter.closedByOutcome()).containsExactly(new OutcomeCount("HOME", 1),
                new OutcomeCount("READMITTED", 2));
        assertThat(quarter.fundingDecisions()).containsExactly(new OutcomeCount("COUNCIL", 1));
        assertThat(quarter.readmittedWithin30Days()).isEqualTo(1);
    }

    @Test
    void recharge_per_month_is_the_statement_narrowed_to_the_filter_and_only_for_managers() {
        // e2 7h x 21.00 = 21.00 a day: 31 Jan, then 1-9 Feb (closed 10 Feb); e3 110.00 a day 1-4 Feb (decided 5 Feb);
        // e4 14h x 21.00 = 42.00 a day, 2-28 Feb
        assertThat(figures(JAN_28, FEB_3, a, null).outcomes().rechargeByMonth()).containsExactly(
                new MonthTotal(YearMonth.of(2025, 1), new BigDecimal("21.00")),
                new MonthTotal(YearMonth.of(2025, 2), new BigDecimal("1763.00")));
        assertThat(figures(JAN_28, FEB_3, a, 1).outcomes().rechargeByMonth()).extracting(MonthTotal::total)
                .containsExactly(new BigDecimal("21.00"), new BigDecimal("1323.00"));
        assertThat(As.coordinator(() -> kpis.kpis(new KpiFilter(JAN_28, FEB_3, a, null))).outcomes()
                .rechargeByMonth()).isEmpty();
    }

    @Test
    void a_pathway_narrows_every_referral_figure() {
        Kpis k = figures(JAN_28, FEB_3, a, 1);
        assertThat(k.flow().readyToDischarge()).extracting(ReadyToDischarge::pathway).containsExactly(1);
        assertThat(k.flow().delayedDaysByReason()).extracting(ReasonCount::reason, ReasonCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NOT_RECORDED", 6),
                        org.assertj.core.groups.Tuple.tuple("PATHWAY_1_CAPACITY", 3));
        assertThat(k.outcomes().discharged()).isEqualTo(2);
        assertThat(k.outcomes().dischargedHome()).isZero();
    }

    @Test
    void beds_by_tier_type_and_status_with_occupancy_of_the_open_beds() {
        assertThat(figures(JAN_28, FEB_3, a, null).capacity().beds()).containsExactly(
                new BedCount(1, "REHAB", 1, 0, 1, 0, 50.0),
                new BedCount(2, "NURSING", 0, 0, 0, 1, null));
    }

    @Test
    void home_care_hours_posted_and_booked_for_the_next_seven_days() {
        Kpis k = figures(TODAY, TODAY, b, null);
        assertThat(k.capacity().homeCareNext7Days()).hasSize(1);
        HomeCareHours hours = k.capacity().homeCareNext7Days().get(0);
        assertThat(hours.locality()).isEqualTo(b);
        assertThat(hours.posted()).isEqualByComparingTo("30");
        assertThat(hours.booked()).isEqualByComparingTo("10");
        assertThat(k.capacity().staleProviders()).isEmpty();
        assertThat(KpiTables.homeCare(k).csv()).isEqualTo("Locality,Hours posted,Hours booked\r\n" + b + ",30,10\r\n");
    }

    @Test
    void the_funded_period_counts_who_is_in_it_near_its_end_and_past_it_today() {
        int in = 0;
        int near = 0;
        int past = 0;
        for (LocalDate on : fundedDischarges) {
            FundedPeriod period = referrals.fundedPeriod(on);
            if (period.endedBefore(TODAY)) {
                past++;
            } else {
                in++;
                near += period.daysLeftAfter(TODAY) <= 7 ? 1 : 0;
            }
        }
        assertThat(in).isPositive();
        assertThat(past).isPositive();
        assertThat(figures(TODAY, TODAY, b, null).fundedPeriod()).isEqualTo(new Kpis.FundedPeriod(in, near, past));
        assertThat(figures(TODAY, TODAY, b, 1).fundedPeriod()).isEqualTo(new Kpis.FundedPeriod(0, 0, 0));
    }

    @Test
    void an_empty_period_has_no_figures_and_no_division_by_zero() {
        Kpis k = figures(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30), a, null);
        assertThat(k.flow().referralsPerDay()).isEmpty();
        assertThat(k.flow().pathwayShares()).extracting(PathwayShare::sharePercent).containsOnly(0.0);
        assertThat(k.flow().readyToDischarge()).isEmpty();
        assertThat(k.flow().delayedDaysByReason()).isEmpty();
        assertThat(k.flow().triageWait()).isEqualTo(new Kpis.TriageWait(0, null, null));
        assertThat(k.outcomes().discharged()).isZero();
        assertThat(k.outcomes().dischargedHomePercent()).isNull();
        assertThat(k.outcomes().closedByOutcome()).isEmpty();
        assertThat(k.outcomes().rechargeByMonth()).containsExactly(
                new MonthTotal(YearMonth.of(2020, 6), new BigDecimal("0")));
        assertThat(KpiTables.referralsPerDay(k).rows()).hasSize(30).allMatch(r -> r.subList(1, 6).stream()
                .allMatch("0"::equals));
    }

    @Test
    void the_situation_report_for_a_day_as_json_and_as_the_same_csv() {
        Sitrep sitrep = As.coordinator(() -> kpis.sitrep(LocalDate.of(2025, 1, 31), a));
        assertThat(sitrep.receivedByPathway()).containsExactly(0, 0, 0, 0);
        assertThat(sitrep.dischargedByPathway()).containsExactly(0, 1, 0, 0);
        assertThat(sitrep.pastReadyDate()).isEqualTo(3);
        assertThat(sitrep.delayedDaysByReason()).extracting(ReasonCount::reason, ReasonCount::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NOT_RECORDED", 1),
                org.assertj.core.groups.Tuple.tuple("PATHWAY_1_CAPACITY", 1),
                org.assertj.core.groups.Tuple.tuple("PATHWAY_2_BED", 1));

        JsonNode json = coordinator.get("/api/sitrep?day=2025-01-31&locality=" + a).json();
        assertThat(json.path("pastReadyDate").asInt()).isEqualTo(3);
        Api.Response csv = coordinator.get("/api/sitrep?day=2025-01-31&locality=" + a, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        Table table = sitrep.table();
        List<String> expected = new ArrayList<>(List.of(String.join(",", table.headers())));
        table.rows().forEach(row -> expected.add(String.join(",", row)));
        assertThat(csv.body().split("\r\n")).containsExactlyElementsOf(expected);
        assertThat(csv.body()).contains("Discharges,Pathway 1,1\r\n", "Past discharge ready date,People,3\r\n");
    }

    @Test
    void the_api_answers_the_same_figures_and_refuses_bad_periods() {
        JsonNode json = manager.get("/api/kpis?from=2025-01-28&to=2025-02-03&locality=" + a).json();
        assertThat(json.path("flow").path("readyToDischarge").get(1).path("p90Days").asDouble()).isEqualTo(5.7);
        assertThat(json.path("outcomes").path("rechargeByMonth").get(1).path("month").asText()).isEqualTo("2025-02");
        assertThat(json.path("outcomes").path("rechargeByMonth").get(1).path("total").decimalValue())
                .isEqualByComparingTo("1763.00");
        assertThat(json.path("flow").path("delayedNow").asInt()).isEqualTo(1);
        assertThat(coordinator.get("/api/kpis?from=2025-01-28&to=2025-02-03&locality=" + a).status()).isEqualTo(200);

        for (String bad : List.of("from=2025-02-03&to=2025-01-28", "from=28/01/2025", "to=nonsense",
                "pathway=4", "from=2020-01-01&to=2025-01-01", "locality=NO-SUCH-PLACE")) {
            Api.Response response = manager.get("/api/kpis?" + bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.isProblem()).as(bad).isTrue();
        }
        assertThat(Api.as(port, "mdt", "mdt").get("/api/kpis").status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/kpis").status()).isEqualTo(401);
    }

    @Test
    void the_api_is_documented() {
        JsonNode kpiDocs = Api.anonymous(port).get("/v3/api-docs").json().path("paths").path("/api/kpis").path("get");
        assertThat(kpiDocs.path("description").asText()).contains("90th percentile", "delayedDaysByReason",
                "rechargeByMonth");
        List<String> parameters = new ArrayList<>();
        kpiDocs.path("parameters").forEach(p -> parameters.add(p.path("name").asText()));
        assertThat(parameters).containsExactlyInAnyOrder("from", "to", "locality", "pathway");
    }
}
