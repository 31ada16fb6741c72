package org.dischargehub.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.dischargehub.directory.SchemeCalendar;
import org.junit.jupiter.api.Test;

/** The recharge arithmetic; every expected figure is worked out by hand in the comment beside it. */
class RechargeRuleTest {

    static final RechargeRule NO_SCHEMES = new RechargeRule(SchemeCalendar.of(Map.of()));

    static Placement bed(String id, LocalDate dischargedOn, String dailyRate) {
        return new Placement(id, "943476591" + id.length(), dischargedOn, null, null,
                new Rate.Daily(new BigDecimal(dailyRate)), "Edith Marsh", "Setting " + id);
    }

    static Placement homeCare(String id, LocalDate dischargedOn, String hoursPerWeek, String hourlyRate) {
        return new Placement(id, "943476591" + id.length(), dischargedOn, null, null,
                new Rate.Hourly(new BigDecimal(hoursPerWeek), new BigDecimal(hourlyRate)), "Edith Marsh",
                "Provider " + id);
    }

    static Placement decided(Placement p, LocalDate decidedOn) {
        return new Placement(p.referralId(), p.nhsNumber(), p.dischargedOn(), decidedOn, p.closedOn(), p.rate(),
                p.person(), p.placedWith());
    }

    static Placement closed(Placement p, LocalDate closedOn) {
        return new Placement(p.referralId(), p.nhsNumber(), p.dischargedOn(), p.decidedOn(), closedOn, p.rate(),
                p.person(), p.placedWith());
    }

    static RechargeLine only(RechargeRule rule, Placement placement, String month) {
        return rule.line(placement, YearMonth.parse(month)).orElseThrow();
    }

    static void assertLine(RechargeLine line, String from, String to, long days, String amount) {
        assertThat(line.from()).isEqualTo(LocalDate.parse(from));
        assertThat(line.to()).isEqualTo(LocalDate.parse(to));
        assertThat(line.days()).isEqualTo(days);
        assertThat(line.amount()).isEqualByComparingTo(amount);
        assertThat(line.amount().scale()).isEqualTo(2);
    }

    @Test
    void a_bed_is_split_at_the_month_end_and_with_no_scheme_runs_42_days() {
        // 20 Oct + 42 days = 1 Dec, the first day not funded: 20-31 Oct is 12 days, 1-30 Nov is 30 days (12 + 30 = 42).
        Placement p = bed("a", LocalDate.of(2026, 10, 20), "150.00");
        assertLine(only(NO_SCHEMES, p, "2026-10"), "2026-10-20", "2026-10-31", 12, "1800.00"); // 12 x 150
        assertLine(only(NO_SCHEMES, p, "2026-11"), "2026-11-01", "2026-11-30", 30, "4500.00"); // 30 x 150
        assertThat(NO_SCHEMES.line(p, YearMonth.of(2026, 12))).isEmpty();
        assertThat(NO_SCHEMES.line(p, YearMonth.of(2026, 9))).isEmpty();
        assertThat(only(NO_SCHEMES, p, "2026-11").kind()).isEqualTo(PlacementKind.BED);
    }

    @Test
    void the_29th_of_february_2028_is_a_funded_day_like_any_other() {
        RechargeRule fourWeeks = new RechargeRule(SchemeCalendar.of(Map.of(LocalDate.of(2027, 1, 1), 28)));
        // 10 Feb + 28 days = 9 Mar: 10-29 Feb is 20 days (2028 is a leap year), 1-8 Mar is 8 days.
        Placement care = homeCare("b", LocalDate.of(2028, 2, 10), "10", "23.50");
        RechargeLine february = only(fourWeeks, care, "2028-02");
        assertLine(february, "2028-02-10", "2028-02-29", 20, "671.43"); // 10 x 23.50 x 20 / 7 = 671.428...
        assertThat(february.kind()).isEqualTo(PlacementKind.HOME_CARE);
        assertLine(only(fourWeeks, care, "2028-03"), "2028-03-01", "2028-03-08", 8, "268.57"); // 1880 / 7 = 268.571...

        // 2 Feb + 28 days = 1 Mar: the funded days are exactly 2-29 Feb.
        Placement bed = bed("c", LocalDate.of(2028, 2, 2), "99.99");
        assertLine(only(fourWeeks, bed, "2028-02"), "2028-02-02", "2028-02-29", 28, "2799.72"); // 28 x 99.99
        assertThat(fourWeeks.line(bed, YearMonth.of(2028, 3))).isEmpty();
    }

    @Test
    void each_line_is_rounded_half_up_to_the_penny_on_its_own() {
        // 0.5 h x 14.07 = 7.035 a week. 30 Nov + 42 days = 11 Jan: 1 day in Nov, 31 in Dec, 10 in Jan.
        Placement p = homeCare("d", LocalDate.of(2026, 11, 30), "0.5", "14.07");
        assertLine(only(NO_SCHEMES, p, "2026-11"), "2026-11-30", "2026-11-30", 1, "1.01"); // 7.035 / 7 = 1.005
        assertLine(only(NO_SCHEMES, p, "2026-12"), "2026-12-01", "2026-12-31", 31, "31.16"); // 218.085 / 7 = 31.155
        assertLine(only(NO_SCHEMES, p, "2027-01"), "2027-01-01", "2027-01-10", 10, "10.05"); // 70.35 / 7 = 10.05
        // The three lines make 42.22, a penny more than 42 days priced at once (295.47 / 7 = 42.21): lines round alone.
    }

    @Test
    void a_decision_before_the_end_is_the_first_day_no_longer_recharged() {
        // Discharged 3 Nov, decided 20 Nov: 3-19 Nov is 17 days.
        Placement p = decided(bed("e", LocalDate.of(2026, 11, 3), "120.00"), LocalDate.of(2026, 11, 20));
        assertLine(only(NO_SCHEMES, p, "2026-11"), "2026-11-03", "2026-11-19", 17, "2040.00"); // 17 x 120
        assertThat(NO_SCHEMES.line(p, YearMonth.of(2026, 12))).isEmpty();
    }

    @Test
    void a_decision_in_the_next_month_shortens_that_month_only() {
        // Discharged 25 Oct (42 days would run to 5 Dec), decided 5 Nov: 25-31 Oct is 7 days, 1-4 Nov is 4 days.
        Placement p = decided(bed("f", LocalDate.of(2026, 10, 25), "80.50"), LocalDate.of(2026, 11, 5));
        assertLine(only(NO_SCHEMES, p, "2026-10"), "2026-10-25", "2026-10-31", 7, "563.50"); // 7 x 80.50
        assertLine(only(NO_SCHEMES, p, "2026-11"), "2026-11-01", "2026-11-04", 4, "322.00"); // 4 x 80.50
    }

    @Test
    void a_decision_after_the_end_changes_nothing() {
        RechargeRule fourWeeks = new RechargeRule(SchemeCalendar.of(Map.of(LocalDate.of(2026, 7, 1), 28)));
        // 1 Sep + 28 days = 29 Sep; the decision on 15 Oct comes after the funded period ended.
        Placement p = decided(bed("g", LocalDate.of(2026, 9, 1), "100.00"), LocalDate.of(2026, 10, 15));
        assertLine(only(fourWeeks, p, "2026-09"), "2026-09-01", "2026-09-28", 28, "2800.00"); // 28 x 100
        assertThat(fourWeeks.line(p, YearMonth.of(2026, 10))).isEmpty();
    }

    @Test
    void a_decision_on_the_discharge_day_leaves_nothing_to_recharge() {
        Placement p = decided(bed("h", LocalDate.of(2026, 11, 3), "120.00"), LocalDate.of(2026, 11, 3));
        assertThat(NO_SCHEMES.line(p, YearMonth.of(2026, 11))).isEmpty();
    }

    @Test
    void a_close_before_the_end_stops_the_recharge_even_when_a_later_decision_exists() {
        // Discharged 10 Nov, readmitted 15 Nov: 10-14 Nov is 5 days. 5 x 14 h x 21.00 / 7 = 210.00.
        Placement p = closed(homeCare("i", LocalDate.of(2026, 11, 10), "14", "21.00"), LocalDate.of(2026, 11, 15));
        assertLine(only(NO_SCHEMES, p, "2026-11"), "2026-11-10", "2026-11-14", 5, "210.00");
        Placement decidedLater = decided(p, LocalDate.of(2026, 11, 20));
        assertLine(only(NO_SCHEMES, decidedLater, "2026-11"), "2026-11-10", "2026-11-14", 5, "210.00");
        // ... and the earlier of the two wins whichever it is: decided 12 Nov, closed 15 Nov is 10-11 Nov, 2 days.
        Placement decidedEarlier = decided(p, LocalDate.of(2026, 11, 12));
        assertLine(only(NO_SCHEMES, decidedEarlier, "2026-11"), "2026-11-10", "2026-11-11", 2, "84.00"); // 588 / 7
    }

    @Test
    void the_scheme_in_force_on_each_discharge_day_fixes_that_placements_funded_days() {
        RechargeRule rule = new RechargeRule(SchemeCalendar.of(Map.of(
                LocalDate.of(2020, 9, 1), 42, LocalDate.of(2021, 7, 1), 28)));
        // 30 Jun 2021 is under the six-week scheme: + 42 days = 11 Aug, so 1-31 Jul (31 days) and 1-10 Aug (10 days).
        Placement sixWeeks = bed("j", LocalDate.of(2021, 6, 30), "100.00");
        // 1 Jul 2021 is under the four-week scheme: + 28 days = 29 Jul, so 1-28 Jul (28 days) and nothing in August.
        Placement fourWeeks = bed("kk", LocalDate.of(2021, 7, 1), "100.00");
        // 31 Aug 2020 is before any scheme: 42 days, + 42 = 12 Oct, so 1-11 Oct (11 days).
        Placement beforeAny = bed("lll", LocalDate.of(2020, 8, 31), "100.00");

        assertLine(only(rule, sixWeeks, "2021-07"), "2021-07-01", "2021-07-31", 31, "3100.00");
        assertLine(only(rule, sixWeeks, "2021-08"), "2021-08-01", "2021-08-10", 10, "1000.00");
        assertLine(only(rule, fourWeeks, "2021-07"), "2021-07-01", "2021-07-28", 28, "2800.00");
        assertThat(rule.line(fourWeeks, YearMonth.of(2021, 8))).isEmpty();
        assertLine(only(rule, beforeAny, "2020-10"), "2020-10-01", "2020-10-11", 11, "1100.00");
    }

    @Test
    void a_statement_has_one_line_per_placement_with_days_in_the_month_and_their_sum() {
        Placement early = bed("m", LocalDate.of(2026, 10, 20), "150.00");          // 1-30 Nov: 30 x 150 = 4500.00
        Placement late = homeCare("nn", LocalDate.of(2026, 11, 30), "0.5", "14.07"); // 30 Nov: 1.01
        Placement done = decided(bed("ooo", LocalDate.of(2026, 9, 1), "90.00"), LocalDate.of(2026, 9, 30));
        Placement otherMonth = bed("pppp", LocalDate.of(2026, 12, 1), "90.00");

        RechargeStatement statement = NO_SCHEMES.statement(YearMonth.of(2026, 11), List.of(late, done, otherMonth, early));

        assertThat(statement.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(statement.lines()).extracting(RechargeLine::referralId).containsExactly("m", "nn");
        assertThat(statement.total()).isEqualByComparingTo("4501.01"); // 4500.00 + 1.01
        assertThat(NO_SCHEMES.statement(YearMonth.of(2026, 8), List.of(early)).total()).isEqualByComparingTo("0.00");
    }

    @Test
    void the_csv_has_a_header_one_row_per_line_and_the_total_with_two_decimals() {
        Placement p = bed("q", LocalDate.of(2026, 11, 21), "150");
        RechargeStatement statement = NO_SCHEMES.statement(YearMonth.of(2026, 11), List.of(p));
        assertThat(statement.csv()).isEqualTo("referralId,nhsNumber,kind,from,to,days,amount,person,placedWith\r\n"
                + "q,9434765911,BED,2026-11-21,2026-11-30,10,1500.00,Edith Marsh,Setting q\r\n" // 21-30 Nov, 10 x 150
                + "total,,,,,,1500.00,,\r\n");
        assertThat(statement.csvFileName()).isEqualTo("recharges-2026-11.csv");
    }

    @Test
    void the_monthly_totals_are_each_months_statement_total_in_one_pass() {
        Placement early = bed("m", LocalDate.of(2026, 10, 20), "150.00");          // 20-31 Oct, 1-30 Nov (42 days)
        Placement late = homeCare("nn", LocalDate.of(2026, 11, 30), "0.5", "14.07"); // 30 Nov - 10 Jan
        Placement done = decided(bed("ooo", LocalDate.of(2026, 9, 1), "90.00"), LocalDate.of(2026, 9, 30));
        Placement sameDay = decided(bed("s", LocalDate.of(2026, 10, 5), "90.00"), LocalDate.of(2026, 10, 5));
        List<Placement> placements = List.of(late, done, early, sameDay);
        YearMonth first = YearMonth.of(2026, 8);
        YearMonth last = YearMonth.of(2027, 1);

        Map<YearMonth, BigDecimal> totals = NO_SCHEMES.totals(first, last, placements, p -> true,
                BigDecimal.ZERO.setScale(2));

        assertThat(totals.keySet()).containsExactly(first, first.plusMonths(1), first.plusMonths(2),
                first.plusMonths(3), first.plusMonths(4), last);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            assertThat(totals.get(month)).as(month.toString())
                    .isEqualTo(NO_SCHEMES.statement(month, placements).total());
        }
        assertThat(totals.get(YearMonth.of(2026, 11))).isEqualByComparingTo("4501.01"); // 30 x 150 + 1.01
        assertThat(totals.get(first)).isEqualTo(new BigDecimal("0.00"));
        assertThat(NO_SCHEMES.totals(first, last, placements, p -> p.referralId().equals("nn"), BigDecimal.ZERO)
                .get(YearMonth.of(2026, 11))).isEqualByComparingTo("1.01");
    }
}
