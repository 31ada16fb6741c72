package org.dischargehub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.dischargehub.bench.BenchmarkReport;
import org.dischargehub.bench.MachineLoad;
import org.dischargehub.funding.FundingService;
import org.dischargehub.funding.TrackerFilter;
import org.dischargehub.load.BackgroundLoad;
import org.dischargehub.load.HubClient;
import org.dischargehub.load.LoadGenerator;
import org.dischargehub.load.Region;
import org.dischargehub.load.Stats;
import org.dischargehub.referral.BoardFilter;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.dischargehub.tools.CountyHistory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard at the scale of a large county: {@link CountyHistory} seeds three years and 300,000 referrals, then
 * each dashboard query and {@code GET /api/kpis} (real HTTP, as a manager, so the recharge statements are included)
 * are timed for typical filters, against a {@code select count(*)} over the referral table in the same run. Run with
 * {@code ./mvnw -Pbench verify -Dit.test=DashboardScaleBenchmark}; figures go to docs/benchmarks.md.
 */
@HubIntegrationTest
class DashboardScaleBenchmark {

    /** Measured on PostgreSQL's durable defaults, as the hub ships, not the tests' throwaway settings. */
    @DynamicPropertySource
    static void durable(DynamicPropertyRegistry properties) {
        properties.add("hub.embedded-database.durable", () -> "true");
    }

    static final int REFERRALS = Integer.getInteger("hub.bench.referrals", 300_000);
    static final int RUNS = Integer.getInteger("hub.bench.runs", 12);
    static final int WARM_UP = 2;
    static final int LOAD_WORKERS = 8;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KpiQueries queries;
    @Autowired
    CapacityKpiQueries capacityQueries;
    @Autowired
    KpiService kpis;
    @Autowired
    FundingService funding;
    @Autowired
    ReferralService referralService;

    @Test
    void every_dashboard_figure_over_three_years_of_a_large_county() throws Exception {
        LocalDate today = kpis.today();
        MachineLoad machine = MachineLoad.now();
        long seedStart = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            CountyHistory.seed(connection, REFERRALS, 3, today);
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long referrals = jdbc.sql("select count(*) from hub.referral").query(Long.class).single();
        long events = jdbc.sql("select count(*) from hub.referral_event").query(Long.class).single();
        long offers = jdbc.sql("select count(*) from hub.home_care_offer").query(Long.class).single();
        long capacity = jdbc.sql("select count(*) from hub.home_care_capacity").query(Long.class).single();
        long beds = jdbc.sql("select count(*) from hub.bed").query(Long.class).single();
        assertThat(referrals).isGreaterThanOrEqualTo(REFERRALS);

        List<Long> baseline = time(() -> jdbc.sql("select count(*) from hub.referral").query(Long.class).single());
        long baselineP95 = BenchmarkReport.percentile(baseline, 95);

        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        Map<String, KpiFilter> filters = new LinkedHashMap<>();
        filters.put("month", new KpiFilter(lastMonth.atDay(1), lastMonth.atEndOfMonth(), null, null));
        filters.put("quarter", new KpiFilter(lastMonth.minusMonths(2).atDay(1), lastMonth.atEndOfMonth(), null, null));
        filters.put("year", new KpiFilter(today.minusDays(364), today, null, null));
        filters.put("year, one locality", new KpiFilter(today.minusDays(364), today, "SC-L3", null));
        filters.put("year, pathway 1", new KpiFilter(today.minusDays(364), today, null, 1));

        Instant staleBefore = TestClock.now().minusSeconds(24 * 3600);
        Map<String, java.util.function.Function<KpiFilter, Object>> named = new LinkedHashMap<>();
        named.put("referrals per day", queries::referralsPerDay);
        named.put("ready to discharge", queries::readyToDischarge);
        named.put("past ready date by reason", f -> queries.pastReadyDateByReason(f, TestClock.now()));
        named.put("delayed days by reason", f -> queries.delayedDaysByReason(f, today));
        named.put("triage wait", queries::triageWait);
        named.put("beds", capacityQueries::beds);
        named.put("home care next 7 days", f -> capacityQueries.homeCare(f, today));
        named.put("stale providers", f -> capacityQueries.staleProviders(f, today, staleBefore));
        named.put("closed by outcome", queries::closedByOutcome);
        named.put("discharge cohort", queries::dischargeCohort);
        named.put("funding decisions", queries::fundingDecisions);
        named.put("length of stay", queries::lengthOfStay);
        named.put("pathway 1 not closed (long-term care wait)", f -> queries.homeCareNotClosed(f,
                f.to().isBefore(today) ? f.to() : today));
        named.put("still at home after 91 days", f -> queries.stillAtHome91Days(f, today));
        named.put("placements in the filter (recharge narrowing)", queries::placementsIn);
        named.put("funded-period tracker counts", f -> As.coordinator(() -> funding.trackerCounts(
                new TrackerFilter(f.pathway(), f.locality(), null, null, false), KpiService.NEAR_END_DAYS)));
        named.put("monthly recharge totals of the county", f -> As.manager(() -> funding.statementTotals(
                YearMonth.from(f.from()), YearMonth.from(f.to()), null)));

        Map<String, Map<String, List<Long>>> results = new LinkedHashMap<>();
        named.forEach((name, query) -> {
            Map<String, List<Long>> byFilter = new LinkedHashMap<>();
            filters.forEach((label, filter) -> byFilter.put(label, time(() -> query.apply(filter))));
            results.put(name, byFilter);
        });
        Map<String, List<Long>> service = new LinkedHashMap<>();
        filters.forEach((label, filter) -> service.put(label, time(() -> As.manager(() -> kpis.kpis(filter)))));
        results.put("KpiService.kpis (every figure, as a manager)", service);

        Api manager = Api.as(port, "manager", "manager");
        Map<String, List<Long>> http = new LinkedHashMap<>();
        filters.forEach((label, filter) -> http.put(label, time(() -> kpisOverHttp(manager, filter))));
        results.put("**`GET /api/kpis` over HTTP (manager)**", http);

        // The same calls while the episode load runs beside them through the HTTP API, in a region of its own.
        Region region = Region.build(new HubClient("http://localhost:" + port, "manager", "manager", new Stats()),
                6, 3, 24, 60);
        Map<String, List<Long>> loaded = new LinkedHashMap<>();
        LoadGenerator.Result load;
        try (BackgroundLoad episodes = BackgroundLoad.start(region, new Stats(), LOAD_WORKERS)) {
            episodes.awaitSteady();
            filters.forEach((label, filter) -> loaded.put(label, time(() -> kpisOverHttp(manager, filter))));
            load = episodes.stop();
        }
        results.put("**`GET /api/kpis` over HTTP (manager), under the episode load**", loaded);
        assertThat(load.clean()).as(load.summary()).isTrue();
        BoardFilter everyone = new BoardFilter("", null, null, null);
        List<Long> board = time(() -> As.coordinator(() -> referralService.board(everyone, List.of(), 0, 50)));
        int openReferrals = (int) (long) As.coordinator(() -> referralService.boardCount(everyone));

        Kpis year = As.manager(() -> kpis.kpis(filters.get("year")));
        int referralsInYear = year.flow().referralsPerDay().stream().mapToInt(Kpis.DayCount::referrals).sum();
        assertThat(referralsInYear).isGreaterThan(REFERRALS / 4);

        String machineLine = "Load: " + machine.sinceThen() + ".";
        long worst = results.values().stream().flatMap(m -> m.values().stream())
                .mapToLong(n -> BenchmarkReport.percentile(n, 95)).max().orElseThrow();
        long worstHttp = http.values().stream().mapToLong(n -> BenchmarkReport.percentile(n, 95)).max().orElseThrow();
        long worstLoaded = loaded.values().stream().mapToLong(n -> BenchmarkReport.percentile(n, 95)).max()
                .orElseThrow();
        StringBuilder table = new StringBuilder("| query | " + String.join(" | ", filters.keySet()) + " |\n|---"
                + "|---".repeat(filters.size()) + "|\n");
        results.forEach((name, byFilter) -> {
            table.append("| ").append(name);
            byFilter.values().forEach(n -> table.append(" | ").append(short_(BenchmarkReport.percentile(n, 50)))
                    .append(" / ").append(short_(BenchmarkReport.percentile(n, 95))));
            table.append(" |\n");
        });
        StringBuilder filterList = new StringBuilder();
        filters.forEach((label, f) -> filterList.append("- ").append(label).append(": ").append(f.from()).append(" to ")
                .append(f.to()).append(f.locality() == null ? "" : ", locality " + f.locality())
                .append(f.pathway() == null ? "" : ", pathway " + f.pathway()).append('\n'));
        BenchmarkReport.write("dashboard-scale", dataSource, String.format("""
                ## Dashboard at scale: three years of a large county (issues 8 and 23)

                Command: `./mvnw -Pbench verify -Dit.test=DashboardScaleBenchmark` (class `DashboardScaleBenchmark`),
                %s, embedded PostgreSQL.
                %s

                Seeded by `CountyHistory` (bulk SQL, see the README) in %.0f s: %,d referrals, %,d timeline events,
                %,d home-care offers, %,d capacity rows, %,d beds. Each figure was timed %d times after %d warm-up
                runs%s; cells are p50 / p95 in milliseconds.

                %s| baseline: `select count(*) from hub.referral` (all filters alike) | %s / %s | | | | |

                Filters:
                %s
                Slowest p95 of any query or call: %s (%.1f× the baseline's p95); `GET /api/kpis` p95 at worst %s
                idle (%.1f× the baseline) and %s under the episode load. Target: p95 under 1 second for each filter
                set while the episode load runs — %s.

                The episode load: %s.

                The hub board over the same history (`ReferralService.board` as a coordinator, no filter, its first
                page of 50 of the %,d open referrals): p50 / p95 %s / %s ms, idle.

                Reading the figures: the baseline (a count over the referrals) shows how fast the machine was in this
                run; compare ratios, not milliseconds, between runs. One call of `/api/kpis` runs every query above,
                three at a time on pooled connections (`KpiService.QUERY_THREADS`), plus the funded-period tracker
                and, for a manager, the monthly recharge totals, so a year costs more than a month mainly because a
                year has twelve times the rows to aggregate. The indexes that keep a period's rows an index-only scan
                are V70's.
                """, today, machineLine,
                seedSeconds, referrals, events, offers, capacity, beds, RUNS, WARM_UP,
                RUNS < 20 ? " (with fewer than 20 runs the p95 is the slowest run)" : "", table,
                short_(BenchmarkReport.percentile(baseline, 50)), short_(baselineP95), filterList,
                BenchmarkReport.ms(worst), (double) worst / baselineP95, BenchmarkReport.ms(worstHttp),
                (double) worstHttp / baselineP95, BenchmarkReport.ms(worstLoaded),
                worstLoaded < 1_000_000_000L ? "met" : "NOT met", load.summary(), openReferrals,
                short_(BenchmarkReport.percentile(board, 50)), short_(BenchmarkReport.percentile(board, 95))));
    }

    private static Api.Response kpisOverHttp(Api manager, KpiFilter filter) {
        String path = "/api/kpis?from=" + filter.from() + "&to=" + filter.to()
                + (filter.locality() == null ? "" : "&locality=" + filter.locality())
                + (filter.pathway() == null ? "" : "&pathway=" + filter.pathway());
        Api.Response response = manager.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response;
    }

    private static String short_(long nanos) {
        return String.format("%.0f", nanos / 1e6);
    }

    private static List<Long> time(Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }
}
