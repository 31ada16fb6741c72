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
import org.dischargehub.dashboard.Kpis.LongTermWait;
import org.dischargehub.dashboard.Kpis.LongTermWaits;
import org.dischargehub.dashboard.Kpis.MonthTotal;
import org.dischargehub.dashboard.Kpis.OutcomeCount;
import org.dischargehub.dashboard.Kpis.PathwayShare;
import org.dischargehub.dashboard.Kpis.ReadyToDischarge;
import org.dischargehub.dashboard.Kpis.ReasonCount;
import org.dischargehub.dashboard.Kpis.StayLength;
import org.dischargehub.dashboard.Kpis.StillAtHome;
import org.dischargehub.funding.FundedPeriod;
import org.dischargehub.funding.FundingService;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.DateSensitive;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
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
 *
 * Locality C holds stays around the end of March 2025 and people discharged into reablement up to today:
 * <pre>
 * C   pathway        discharged  then                                   stay          91 days
 * c1  1              2025-03-30  COUNCIL decided 2025-04-14, not closed 15 (home)     at home (open)
 * c2  1              2025-03-31  closed HOME 2025-04-20                 20 (home)     at home
 * c3  1              2025-04-01  closed DIED 2025-05-01                 30 (home)     not at home (day 30)
 * c4  1              2025-04-02  NO_ONGOING_NEEDS decided 2025-04-30    28 (home)     at home (open)
 * c5  2 T1 rehab     2025-03-31  closed LONG_TERM_CARE 2025-04-10       10 (T1 rehab) -
 * c6  1 (aged 35)    2025-03-28  closed HOME 2025-04-02                 5 (home)      not counted: under 65
 * c7  2 T1 rehab     today - 10  moved to a T2 rehab bed today          10 (T1 rehab) -
 * c8  1              today - 91  closed HOME today - 80; referred again today  11     not at home (day 91)
 * c9  1              today - 10  -                                      -             not yet known
 * c10 1              today - 60  no decision                            -             not yet known
 * </pre>
 */
@DateSensitive
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiIntegrationTest {

    static final LocalDate TODAY = TestClock.today();
    static final LocalDate JAN_28 = LocalDate.of(2025, 1, 28);
    static final LocalDate FEB_3 = LocalDate.of(2025, 2, 3);
    static final LocalDate MAR_29 = LocalDate.of(2025, 3, 29);
    static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);
    static final LocalDate APR_1 = LocalDate.of(2025, 4, 1);
    static final LocalDate APR_30 = LocalDate.of(2025, 4, 30);

    @LocalServerPort
    int port;
    @Autowired
    KpiService kpis;
    @Autowired
    ReferralService referrals;
    @Autowired
    FundingService funding;
    @Autowired
    JdbcClient jdbc;

    String a;
    String b;
    List<String> inA = new ArrayList<>();
    String c;
    String c1;
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

        buildLocalityC(county, episodes);
    }

    private void buildLocalityC(County county, Episodes episodes) {
        c = county.locality("KC");
        String tier1 = county.setting("KS", county.bedBasedProvider("KP"), c, 1, "120.00", false);
        String tier2 = county.setting("KS", county.bedBasedProvider("KP"), c, 2, "90.00", false);
        String providerC = county.homeCareProvider("KH", "22.00");
        Api user = episodes.providerUser(providerC);

        c1 = episodes.homeCare(c, MAR_29, providerC, user, 7, MAR_29.plusDays(1), null, true);
        episodes.decide(c1, "COUNCIL", LocalDate.of(2025, 4, 14));
        String c2 = episodes.homeCare(c, MAR_29.plusDays(1), providerC, user, 7, MAR_31, null, true);
        episodes.close(c2, "HOME", LocalDate.of(2025, 4, 20));
        String c3 = episodes.homeCare(c, MAR_31, providerC, user, 7, APR_1, null, true);
        episodes.close(c3, "DIED", LocalDate.of(2025, 5, 1));
        String c4 = episodes.homeCare(c, APR_1, providerC, user, 7, APR_1.plusDays(1), null, true);
        episodes.decide(c4, "NO_ONGOING_NEEDS", LocalDate.of(2025, 4, 30));
        String c5 = episodes.bed(c, LocalDate.of(2025, 3, 27), county.bed(tier1, "C5", "REHAB"), null, MAR_31);
        episodes.close(c5, "LONG_TERM_CARE", LocalDate.of(2025, 4, 10));
        String c6 = episodes.homeCare(c, LocalDate.of(2025, 3, 27), providerC, user, 7, LocalDate.of(2025, 3, 28),
                null, true, Map.of("dateOfBirth", "1990-05-01"));
        episodes.close(c6, "HOME", LocalDate.of(2025, 4, 2));
        String c7 = episodes.bed(c, TODAY.minusDays(11), county.bed(tier1, "C7", "REHAB"), null, TODAY.minusDays(10));
        episodes.move(c7, county.bed(tier2, "C7B", "REHAB"));
        String person = People.nhsNumber();
        String c8 = episodes.homeCare(c, TODAY.minusDays(92), providerC, user, 7, TODAY.minusDays(91), null, true,
                Map.of("nhsNumber", person));
        episodes.close(c8, "HOME", TODAY.minusDays(80));
        episodes.referral(c, TODAY, Map.of("nhsNumber", person));
        episodes.homeCare(c, TODAY.minusDays(11), providerC, user, 7, TODAY.minusDays(10), null, true);
        episodes.homeCare(c, TODAY.minusDays(61), providerC, user, 7, TODAY.minusDays(60), null, true);
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
        assertThat(KpiTables.referralsPerDay(k).rows()).containsExactly(List.of(HumanTime.date(TODAY), "1", "2", "1", "0",
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
            FundedPeriod period = funding.fundedPeriod(on);
            if (period.endedBefore(TODAY)) {
                past++;
            } else {
                in++;
                near += period.daysLeftAfter(TODAY) <= 7 ? 1 : 0;
            }
        }
        assertThat(in).isPositive();
        assertThat(past).isPositive();
        Kpis.FundedPeriod all = figures(TODAY, TODAY, b, null).fundedPeriod();
        assertThat(List.of(all.inPeriod(), all.nearEnd(), all.pastEndNoDecision())).containsExactly(in, near, past);
        Kpis.FundedPeriod pathway1 = figures(TODAY, TODAY, b, 1).fundedPeriod();
        assertThat(List.of(pathway1.inPeriod(), pathway1.nearEnd(), pathway1.pastEndNoDecision()))
                .containsExactly(0, 0, 0);
    }

    @Test
    void length_of_stay_counts_the_stays_that_ended_in_the_period_by_service_across_the_month_end() {
        assertThat(figures(LocalDate.of(2025, 3, 1), MAR_31, c, null).fundedPeriod().lengthOfStay()).isEmpty();

        Kpis april = figures(APR_1, APR_30, c, null);
        // home care: c6 5, c1 15, c2 20, c4 28 -> p90 at 0.9 x 3 = 2.7: 20 + 0.7 x 8 = 25.6; beds: c5 10
        assertThat(rounded(april.fundedPeriod().lengthOfStay())).containsExactly(
                new StayLength("HOME_CARE", null, null, 4, 17, 17.5, 25.6),
                new StayLength("BED", 1, "REHAB", 1, 10, 10, 10));
        assertThat(KpiTables.lengthOfStay(april).csv()).isEqualTo("Service,Stays ended,Average days,Median days,"
                + "90th percentile days\r\nHome care (reablement),4,17.0,17.5,25.6\r\nTier 1 REHAB bed,1,10.0,10.0,10.0\r\n");
        assertThat(rounded(figures(APR_1, APR_30, c, 2).fundedPeriod().lengthOfStay()))
                .containsExactly(new StayLength("BED", 1, "REHAB", 1, 10, 10, 10));

        // e3: a funding decision ends the stay in its bed; e2 and e4 closed
        Kpis quarter = figures(LocalDate.of(2025, 1, 1), MAR_31, a, null);
        assertThat(rounded(quarter.fundedPeriod().lengthOfStay())).containsExactly(
                new StayLength("HOME_CARE", null, null, 2, 28, 28, 42.4),
                new StayLength("BED", 1, "REHAB", 1, 4, 4, 4));
    }

    /** percentile_cont interpolates in floating point: compare days to one decimal, as the table shows them. */
    static List<StayLength> rounded(List<StayLength> stays) {
        return stays.stream().map(s -> new StayLength(s.service(), s.tier(), s.bedType(), s.stays(),
                Math.round(s.averageDays() * 10) / 10.0, Math.round(s.medianDays() * 10) / 10.0,
                Math.round(s.p90Days() * 10) / 10.0)).toList();
    }

    @Test
    void a_bed_move_ends_the_stay_in_the_bed_left_and_the_new_stay_runs_on() {
        // c7 10 days in its tier 1 bed, moved today; c8 11 days at home (closed today - 80)
        Kpis recent = figures(TODAY.minusDays(100), TODAY, c, null);
        assertThat(rounded(recent.fundedPeriod().lengthOfStay())).containsExactly(
                new StayLength("HOME_CARE", null, null, 1, 11, 11, 11),
                new StayLength("BED", 1, "REHAB", 1, 10, 10, 10));
    }

    @Test
    void people_who_finished_reablement_and_wait_for_long_term_care_on_the_last_day_of_the_period() {
        assertThat(figures(LocalDate.of(2025, 3, 1), MAR_31, c, null).fundedPeriod().waitingForLongTermCare())
                .isEqualTo(new LongTermWaits(MAR_31, 0, List.of()));

        // on 30 April: c1 COUNCIL since 14 April (16 days); c4's decision needs no care; c3 waits if its period ended
        List<LongTermWait> april = new ArrayList<>(List.of(new LongTermWait("COUNCIL", 1, 16, 16)));
        FundedPeriod c3 = funding.fundedPeriod(APR_1);
        if (c3.endedBefore(APR_30)) {
            int days = (int) (APR_30.toEpochDay() - c3.lastDay().toEpochDay());
            april.add(new LongTermWait("PERIOD_ENDED_NO_DECISION", 1, days, days));
        }
        assertThat(figures(APR_1, APR_30, c, null).fundedPeriod().waitingForLongTermCare())
                .isEqualTo(new LongTermWaits(APR_30, april.size(), april));

        // today: c1 still waits; c10 (discharged today - 60) once its funded period is over; c9's period runs on
        int c1Days = (int) (TODAY.toEpochDay() - LocalDate.of(2025, 4, 14).toEpochDay());
        List<LongTermWait> today = new ArrayList<>(List.of(new LongTermWait("COUNCIL", 1, c1Days, c1Days)));
        FundedPeriod c10 = funding.fundedPeriod(TODAY.minusDays(60));
        assertThat(funding.fundedPeriod(TODAY.minusDays(10)).endedBefore(TODAY)).isFalse();
        if (c10.endedBefore(TODAY)) {
            int days = (int) (TODAY.toEpochDay() - c10.lastDay().toEpochDay());
            today.add(new LongTermWait("PERIOD_ENDED_NO_DECISION", 1, days, days));
        }
        Kpis now = figures(TODAY.minusDays(6), TODAY.plusDays(30), c, null);
        assertThat(now.fundedPeriod().waitingForLongTermCare()).isEqualTo(new LongTermWaits(TODAY, today.size(), today));
        assertThat(KpiTables.waitingForLongTermCare(now).rows()).contains(List.of("COUNCIL", "1", c1Days + ".0",
                String.valueOf(c1Days)));
        assertThat(figures(TODAY, TODAY, c, 2).fundedPeriod().waitingForLongTermCare().people()).isZero();
    }

    @Test
    void still_at_home_91_days_after_discharge_into_reablement_and_not_yet_known_under_91_days() {
        assertThat(figures(LocalDate.of(2025, 3, 1), MAR_31, c, null).outcomes().stillAtHome91Days())
                .isEqualTo(new StillAtHome(2, 0, 2, 0, 100.0));
        Kpis april = figures(APR_1, APR_30, c, null);
        assertThat(april.outcomes().stillAtHome91Days()).isEqualTo(new StillAtHome(2, 0, 1, 1, 50.0));
        assertThat(KpiTables.stillAtHome(april).csv()).isEqualTo("Figure,People\r\nDischarged into reablement,2\r\n"
                + "At home after 91 days,1\r\nNot at home after 91 days,1\r\n"
                + "Not yet known (under 91 days ago),0\r\n\"At home, % of those known\",50.0\r\n");
        // c8 referred again on day 91; c9 and c10 discharged under 91 days ago
        assertThat(figures(TODAY.minusDays(100), TODAY, c, null).outcomes().stillAtHome91Days())
                .isEqualTo(new StillAtHome(3, 2, 0, 1, 0.0));
        assertThat(figures(JAN_28, FEB_3, a, null).outcomes().stillAtHome91Days())
                .isEqualTo(new StillAtHome(2, 0, 0, 2, 0.0));
        assertThat(figures(APR_1, APR_30, c, 2).outcomes().stillAtHome91Days())
                .isEqualTo(new StillAtHome(0, 0, 0, 0, null));
    }

    @Test
    void the_api_carries_the_new_figures() {
        JsonNode json = coordinator.get("/api/kpis?from=2025-04-01&to=2025-04-30&locality=" + c).json();
        assertThat(json.path("fundedPeriod").path("lengthOfStay").get(0).path("p90Days").asDouble()).isCloseTo(25.6, within(1e-9));
        assertThat(json.path("fundedPeriod").path("waitingForLongTermCare").path("asOf").asText())
                .isEqualTo("2025-04-30");
        assertThat(json.path("outcomes").path("stillAtHome91Days").path("atHomePercent").asDouble()).isEqualTo(50.0);
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
        assertThat(k.fundedPeriod().lengthOfStay()).isEmpty();
        assertThat(k.fundedPeriod().waitingForLongTermCare())
                .isEqualTo(new LongTermWaits(LocalDate.of(2020, 6, 30), 0, List.of()));
        assertThat(k.outcomes().stillAtHome91Days()).isEqualTo(new StillAtHome(0, 0, 0, 0, null));
        assertThat(KpiTables.stillAtHome(k).rows().get(4)).containsExactly("At home, % of those known", "");
    }

    @Test
    void the_situation_report_for_a_day_as_json_and_as_the_same_csv() {
        Sitrep sitrep = As.coordinator(() -> kpis.sitrep(LocalDate.of(2025, 1, 31), a));
        assertThat(sitrep.receivedByPathway()).containsExactly(0, 0, 0, 0);
        assertThat(sitrep.dischargedByPathway()).containsExactly(0, 1, 0, 0);
        // e3 and e4 at the end of the day; e2 left that day (its delayed day still counts below)
        assertThat(sitrep.pastReadyDate()).isEqualTo(2);
        assertThat(sitrep.delayedDaysByReason()).extracting(ReasonCount::reason, ReasonCount::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NOT_RECORDED", 1),
                org.assertj.core.groups.Tuple.tuple("PATHWAY_1_CAPACITY", 1),
                org.assertj.core.groups.Tuple.tuple("PATHWAY_2_BED", 1));

        JsonNode json = coordinator.get("/api/sitrep?day=2025-01-31&locality=" + a).json();
        assertThat(json.path("pastReadyDate").asInt()).isEqualTo(2);
        Api.Response csv = coordinator.get("/api/sitrep?day=2025-01-31&locality=" + a, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        Table table = sitrep.table();
        List<String> expected = new ArrayList<>(List.of(String.join(",", table.headers())));
        table.rows().forEach(row -> expected.add(String.join(",", row)));
        assertThat(csv.body().split("\r\n")).containsExactlyElementsOf(expected);
        assertThat(csv.body()).contains("Discharges,Pathway 1,1\r\n", "Past discharge ready date,People,2\r\n");
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
