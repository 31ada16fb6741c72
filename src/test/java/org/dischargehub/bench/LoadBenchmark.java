package org.dischargehub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dischargehub.beds.BedType;
import org.dischargehub.load.HubClient;
import org.dischargehub.load.Invariants;
import org.dischargehub.load.LoadGenerator;
import org.dischargehub.load.Region;
import org.dischargehub.load.Stats;
import org.dischargehub.security.web.VerifiedCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Issue 9's load figures, each written to its own section of docs/benchmarks.md: complete episodes per second
 * through HTTP and through the services, at the shipped Camunda history level and with history off, against pgbench
 * TPC-B on the same PostgreSQL; allocation under contention; 100,000 contended attempts with the invariants checked
 * in SQL (the 10× burst of due timers is {@link BurstBenchmark}'s). Run with {@code ./mvnw -Pbench verify}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBenchmark {

    static final String COMMAND = "`./mvnw -Pbench verify -Dit.test=LoadBenchmark`";
    static final int WORKERS = 8;
    static final int CALLERS = 32;
    static final int WINDOWS = 4;
    static final Duration WARM_UP = Duration.ofSeconds(10);
    static final Duration HTTP_WINDOW = Duration.ofSeconds(15);
    static final Duration SERVICE_WINDOW = Duration.ofSeconds(10);
    static final int PGBENCH_SECONDS = 20;
    static final int CONTENTION_RUNS = 3;
    static final int OFFERS_ALONE = 50;
    static final int OFFERS_EACH = 10;
    static final int BED_ALONE = 40;
    static final int BED_ROUNDS = 10;
    static final int ATTEMPTS = Integer.getInteger("hub.bench.attempts", 100_000);
    static final Duration ATTEMPTS_CAP = Duration.ofMinutes(8);

    BenchNode node;
    ServiceDriver driver;
    final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    final Contention contention = new Contention(callers);

    @AfterAll
    void stop() {
        callers.shutdownNow();
        if (node != null) {
            node.close();
        }
    }

    @Test
    @Order(1)
    void complete_episodes_per_second_at_the_shipped_history_level_and_with_history_off() throws Exception {
        MachineLoad start = MachineLoad.now();
        Side none;
        Side shipped;
        MachineLoad end;
        try (BenchNode historyOff = BenchNode.withHistory("none")) {
            node = BenchNode.start();
            driver = new ServiceDriver(node);
            none = new Side(historyOff);
            shipped = new Side(node);
            for (int window = 0; window < WINDOWS; window++) {
                for (Side side : List.of(none, shipped)) {
                    side.http(window == 0 ? WARM_UP : HTTP_WINDOW, window == 0);
                }
            }
            for (int window = 0; window < WINDOWS; window++) {
                for (Side side : List.of(none, shipped)) {
                    side.service(window == 0 ? WARM_UP : SERVICE_WINDOW, window == 0);
                }
            }
            end = MachineLoad.now();
            none.invariants = Invariants.check(historyOff.dataSource());
            shipped.invariants = Invariants.check(node.dataSource());
        }
        node.signInHere();
        List<Double> tpcb = pgbench(node);

        String pgbenchLines = tpcb.isEmpty() ? "| pgbench TPC-B on the same PostgreSQL | not run: no pgbench on this "
                + "machine (Debian: `apt-get install postgresql-client`) | |\n"
                : String.format("| pgbench TPC-B on the same PostgreSQL (scale 10, 8 clients, %d runs of %d s), "
                        + "transactions/s | %s | |%n| full-chain episodes/s through HTTP, history `{shipped}`, as a share "
                        + "of TPC-B transactions/s (medians) | %.2f%% | at least 1.2%% |%n", tpcb.size(),
                        PGBENCH_SECONDS, BenchmarkReport.spread(tpcb, "%.0f"),
                        100 * BenchmarkReport.median(shipped.rates(shipped.http, 0)) / BenchmarkReport.median(tpcb));
        long bcrypt = bcryptNanos();
        LoadGenerator.Result httpShipped = shipped.httpResult();
        node.report("load-episodes", String.format("""
                ## Complete episodes per second (issues 9 and 23)

                Command: %s, %s; %s.
                A full chain = referral, MDT triage to pathway 1, 2 or 3, the coordinator's options and allocation
                (best option first, so coordinators collide) or the provider's answer to an offer (15%% declined, then
                the next offer), discharge, funding decision and close. A pathway 0 episode = referral, triage and
                discharge. The MDT triages in the county's mix (pathways 0/1/2/3: 50/45/4/1), and %d workers run
                episodes back to back. Two hubs run side by side, each on a fresh embedded database with a region of
                6 localities, 18 home-care providers and 144 beds: one at the shipped history level, one with history
                `none`. They are measured in alternating windows (%d × %d s through HTTP, then %d × %d s through the
                services, after a %d s warm-up of each), so that other work on the machine weighs on both alike. Each
                figure is the median of the windows, with the least and greatest; a ratio is worked out within each
                pair of windows, then its median taken.

                | figure | history `{shipped}` (shipped) | history `none` | shipped ÷ none | target |
                | --- | --- | --- | --- | --- |
                | full-chain episodes/s through the HTTP API | %s | %s | %s | at least 20 |
                | pathway 0 episodes/s through the HTTP API | %s | %s | %s | reported apart |
                | full-chain episodes/s through the services (no HTTP, no password check) | %s | %s | %s | |
                | pathway 0 episodes/s through the services | %s | %s | %s | |
                | API calls/s through HTTP | %s | %s | | |

                | figure | value | target |
                | --- | --- | --- |
                | history's share of a full chain's cost through the services (1 − shipped ÷ none) | %s | at most 25%% |
                | history's share of a full chain's cost through HTTP (1 − shipped ÷ none) | %s | |
                | one BCrypt password check (an HTTP Basic request pays one only when its password is not remembered) | %s | |
                | full BCrypt checks in the HTTP windows, history `{shipped}`, per 1,000 API calls | %.1f | |
                %s
                Per API call, history `{shipped}`, HTTP windows (%s):

                %s
                %s

                Every API request is stateless HTTP Basic; the API remembers a password that passed BCrypt for
                `hub.security.verified-credentials-ttl`, so a client sending the same credentials pays BCrypt once per
                that time (the full-check row above). An episode made %d requests on average in these windows. The
                service-level figures are the same episodes without HTTP and without the sign-in.
                """, COMMAND, LocalDate.now(), start.until(end), WORKERS, WINDOWS - 1, HTTP_WINDOW.toSeconds(),
                WINDOWS - 1, SERVICE_WINDOW.toSeconds(), WARM_UP.toSeconds(),
                shipped.spread(shipped.http, 0), none.spread(none.http, 0), shipped.ratio(shipped.http, none.http, 0),
                shipped.spread(shipped.http, 1), none.spread(none.http, 1), shipped.ratio(shipped.http, none.http, 1),
                shipped.spread(shipped.service, 0), none.spread(none.service, 0),
                shipped.ratio(shipped.service, none.service, 0),
                shipped.spread(shipped.service, 1), none.spread(none.service, 1),
                shipped.ratio(shipped.service, none.service, 1),
                shipped.spread(shipped.http, 2), none.spread(none.http, 2),
                shipped.historyShare(shipped.service, none.service), shipped.historyShare(shipped.http, none.http),
                Stats.ms(bcrypt), 1000.0 * shipped.fullChecks / Math.max(1, shipped.httpStats.calls()), pgbenchLines,
                httpShipped.summary(), httpShipped.stats().table(httpShipped.seconds()), Invariants.table(shipped.invariants),
                Math.round((double) httpShipped.stats().calls() / Math.max(1, httpShipped.stats().episodes()))));

        for (Side side : List.of(none, shipped)) {
            assertThat(Invariants.allZero(side.invariants)).as(side.invariants.toString()).isTrue();
            assertThat(side.httpResult().clean()).as(side.httpResult().summary()).isTrue();
            assertThat(side.httpStats.fullChains()).isPositive();
        }
    }

    /** One hub of the pair, with its region and what each of its windows measured. */
    private final class Side {

        final BenchNode on;
        final Region region;
        final ServiceDriver driver;
        final Stats httpStats = new Stats();
        /** Per HTTP window: full chains/s, pathway 0 episodes/s, API calls/s. */
        final List<double[]> http = new ArrayList<>();
        /** Per service window: full chains/s, pathway 0 episodes/s. */
        final List<double[]> service = new ArrayList<>();
        double httpSeconds;
        long started;
        long failed;
        long fullChecks;
        Map<String, Long> invariants;

        Side(BenchNode on) {
            this.on = on;
            this.region = Region.build(new HubClient(on.url(), "manager", "manager", new Stats()), 6, 3, 24, 60);
            this.driver = new ServiceDriver(on);
        }

        void http(Duration window, boolean warmUp) throws InterruptedException {
            Stats stats = warmUp ? new Stats() : httpStats;
            VerifiedCredentials verified = on.context.getBean(VerifiedCredentials.class);
            long checksBefore = verified.fullChecks();
            long chainsBefore = stats.fullChains();
            long episodesBefore = stats.episodes();
            long callsBefore = stats.calls();
            LoadGenerator.Result result = LoadGenerator.closedLoop(region.reportingTo(stats), stats, WORKERS, window);
            if (!warmUp) {
                long chains = stats.fullChains() - chainsBefore;
                http.add(new double[] {chains / result.seconds(),
                        (stats.episodes() - episodesBefore - chains) / result.seconds(),
                        (stats.calls() - callsBefore) / result.seconds()});
                fullChecks += verified.fullChecks() - checksBefore;
                httpSeconds += result.seconds();
                started += result.started();
                failed += result.failed();
            }
        }

        void service(Duration window, boolean warmUp) throws Exception {
            on.signInHere();
            long begin = System.nanoTime();
            long[] done = serviceEpisodes(driver, region, window);
            double seconds = (System.nanoTime() - begin) / 1e9;
            if (!warmUp) {
                service.add(new double[] {done[0] / seconds, done[1] / seconds});
            }
        }

        LoadGenerator.Result httpResult() {
            return new LoadGenerator.Result(httpStats, httpSeconds, started, failed, WORKERS
                    + " workers, episodes back to back");
        }

        List<Double> rates(List<double[]> windows, int figure) {
            return windows.stream().map(w -> w[figure]).toList();
        }

        String spread(List<double[]> windows, int figure) {
            return BenchmarkReport.spread(rates(windows, figure), "%.2f");
        }

        /** This side's figure over the other's, window by window: the median with min–max. */
        String ratio(List<double[]> mine, List<double[]> theirs, int figure) {
            return BenchmarkReport.spread(pairs(mine, theirs, figure), "%.2f");
        }

        String historyShare(List<double[]> mine, List<double[]> theirs) {
            return BenchmarkReport.spread(pairs(mine, theirs, 0).stream().map(r -> 100 * (1 - r)).toList(), "%.0f%%");
        }

        private List<Double> pairs(List<double[]> mine, List<double[]> theirs, int figure) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < mine.size(); i++) {
                ratios.add(mine.get(i)[figure] / theirs.get(i)[figure]);
            }
            return ratios;
        }
    }

    @Test
    @Order(2)
    void allocation_under_contention_on_one_provider_day_and_on_one_bed() throws Exception {
        MachineLoad start = MachineLoad.now();
        shippedNode();
        Fixture fixture = Fixture.on(node, "CT", 1, CONTENTION_RUNS * (BED_ALONE + BED_ROUNDS));
        LocalDate today = Region.today();
        String provider = fixture.providers().get(0);
        driver.postCapacity(provider, fixture.locality(), today, 9999);
        List<ContentionRun> runs = new ArrayList<>();
        for (int run = 0; run < CONTENTION_RUNS; run++) {
            runs.add(contentionRun(fixture.locality(), provider, today,
                    fixture.beds().subList(run * (BED_ALONE + BED_ROUNDS), (run + 1) * (BED_ALONE + BED_ROUNDS))));
        }
        Map<String, Long> invariants = Invariants.check(node.dataSource());

        node.report("load-contention", String.format("""
                ## Allocation under contention (issues 9 and 23)

                Command: %s, %s; %s.
                Through the services (the transaction the API runs, without HTTP and its password check), history
                `{shipped}`, job executor on. One provider-day: offers of 1 hour per week against one provider, locality
                and day with 9,999 hours posted, so every offer commits and every one queues on that day's row lock;
                %d offers by 1 caller, then %d by %d callers. One bed: %d reservations by 1 caller, each of a free
                bed; then %d rounds in which %d callers with %d different people reserve the same bed at once, one
                wins and the rest are refused (409). %d runs; each cell is the median of the runs (least–greatest),
                and a ratio is worked out within each run.

                | figure | 1 caller | %d callers | ratio |
                | --- | --- | --- | --- |
                | one provider-day: offers committed per second | %s | %s | %s× |
                | one provider-day: latency p50 / p99 (ms) | %s / %s | %s / %s | p99 ÷ uncontended p50 = %s× (target at most 10×) |
                | one bed: attempts decided per second (1 caller: each on a free bed; refusals count) | %s | %s | %s× |
                | one bed: latency p50 / p99, all attempts (ms) | %s / %s | %s / %s | p99 ÷ uncontended p50 = %s× |
                | one bed: the winner's commit, p50 / p99 (ms) | | %s / %s | p99 ÷ uncontended p50 = %s× |

                %s
                How it is built: an offer does the referral's change and its process step first and takes the
                provider-day's row lock last (`OfferLedger.hold`), so offers on one day queue only for the hold and
                the commit; in a closed loop of %d callers the contended latency is that queue plus the callers' share
                of the machine and of the pool's connections. A bed is claimed before the person's referral is
                locked: a caller that finds the bed being reserved skips it (`FOR UPDATE SKIP LOCKED`) and one that
                comes after the winner's commit finds it taken, and both are refused at once. Committed allocations
                on a shared pool are the next section's figures.
                """, COMMAND, LocalDate.now(), start.sinceThen(), OFFERS_ALONE, CALLERS * OFFERS_EACH, CALLERS,
                BED_ALONE, BED_ROUNDS, CALLERS, CALLERS, CONTENTION_RUNS, CALLERS,
                spread(runs, r -> r.offersAlone().perSecond()), spread(runs, r -> r.offersTogether().perSecond()),
                spread(runs, r -> r.offersTogether().perSecond() / r.offersAlone().perSecond()),
                spread(runs, r -> r.offersAlone().ms(50)), spread(runs, r -> r.offersAlone().ms(99)),
                spread(runs, r -> r.offersTogether().ms(50)), spread(runs, r -> r.offersTogether().ms(99)),
                spread(runs, r -> r.offersTogether().ms(99) / r.offersAlone().ms(50)),
                spread(runs, r -> r.bedAlone().perSecond()), spread(runs, r -> r.bedTogether().perSecond()),
                spread(runs, r -> r.bedTogether().perSecond() / r.bedAlone().perSecond()),
                spread(runs, r -> r.bedAlone().ms(50)), spread(runs, r -> r.bedAlone().ms(99)),
                spread(runs, r -> r.bedTogether().ms(50)), spread(runs, r -> r.bedTogether().ms(99)),
                spread(runs, r -> r.bedTogether().ms(99) / r.bedAlone().ms(50)),
                spread(runs, r -> r.bedWinners().ms(50)), spread(runs, r -> r.bedWinners().ms(99)),
                spread(runs, r -> r.bedWinners().ms(99) / r.bedAlone().ms(50)),
                Invariants.table(invariants), CALLERS));
        assertThat(Invariants.allZero(invariants)).as(invariants.toString()).isTrue();
    }

    /** What one run of the contention figures measured: attempts per second and each attempt's latency. */
    record Timed(double perSecond, List<Long> nanos) {

        double ms(double percentile) {
            return Stats.percentile(nanos, percentile) / 1e6;
        }
    }

    record ContentionRun(Timed offersAlone, Timed offersTogether, Timed bedAlone, Timed bedTogether, Timed bedWinners) {
    }

    private ContentionRun contentionRun(String locality, String provider, LocalDate today, List<String> beds)
            throws Exception {
        List<String> alone = contention.make(OFFERS_ALONE, () -> driver.triaged(locality, 1, null, 1));
        List<Long> aloneNanos = new ArrayList<>();
        long begin = System.nanoTime();
        for (String id : alone) {
            aloneNanos.add(won(Contention.attempt(() -> driver.offer(id, provider, today))));
        }
        Timed offersAlone = new Timed(alone.size() / seconds(begin), aloneNanos);
        List<String> together = contention.make(CALLERS * OFFERS_EACH, () -> driver.triaged(locality, 1, null, 1));
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(together);
        List<Long> togetherNanos = Collections.synchronizedList(new ArrayList<>());
        begin = System.nanoTime();
        contention.race(CALLERS, i -> () -> {
            String id;
            while ((id = queue.poll()) != null) {
                String referral = id;
                togetherNanos.add(won(Contention.attempt(() -> driver.offer(referral, provider, today))));
            }
            return null;
        });
        Timed offersTogether = new Timed(together.size() / seconds(begin), togetherNanos);

        List<String> bedAlone = contention.make(BED_ALONE, () -> driver.triaged(locality, 2, BedType.REHAB, 0));
        List<Long> bedAloneNanos = new ArrayList<>();
        begin = System.nanoTime();
        for (int i = 0; i < bedAlone.size(); i++) {
            String id = bedAlone.get(i);
            String bed = beds.get(i);
            bedAloneNanos.add(won(Contention.attempt(() -> driver.allocateBed(id, bed))));
        }
        Timed bedAloneTimed = new Timed(bedAlone.size() / seconds(begin), bedAloneNanos);
        List<String> holders = new ArrayList<>(contention.make(CALLERS,
                () -> driver.triaged(locality, 2, BedType.REHAB, 0)));
        List<Long> bedTogetherNanos = new ArrayList<>();
        List<Long> bedWinnerNanos = new ArrayList<>();
        long bedTogetherTime = 0;
        for (int round = 0; round < BED_ROUNDS; round++) {
            String bed = beds.get(BED_ALONE + round);
            long roundBegin = System.nanoTime();
            List<Contention.Attempt> attempts = contention.race(CALLERS,
                    i -> () -> Contention.attempt(() -> driver.allocateBed(holders.get(i), bed)));
            bedTogetherTime += System.nanoTime() - roundBegin;
            assertThat(attempts.stream().filter(a -> a.outcome() == Contention.Outcome.WON)).hasSize(1);
            assertThat(attempts.stream().filter(a -> a.outcome() == Contention.Outcome.UNCLEAN)).isEmpty();
            for (int i = 0; i < attempts.size(); i++) {
                bedTogetherNanos.add(attempts.get(i).nanos());
                if (attempts.get(i).outcome() == Contention.Outcome.WON) {
                    bedWinnerNanos.add(attempts.get(i).nanos());
                    holders.set(i, driver.triaged(locality, 2, BedType.REHAB, 0));
                }
            }
        }
        double decided = BED_ROUNDS * CALLERS / (bedTogetherTime / 1e9);
        return new ContentionRun(offersAlone, offersTogether, bedAloneTimed, new Timed(decided, bedTogetherNanos),
                new Timed(decided / CALLERS, bedWinnerNanos));
    }

    private static String spread(List<ContentionRun> runs, ToDoubleFunction<ContentionRun> figure) {
        return BenchmarkReport.spread(runs.stream().map(r -> figure.applyAsDouble(r)).toList(), "%.1f");
    }

    @Test
    @Order(3)
    void a_hundred_thousand_contended_attempts_never_double_book_a_bed_or_overbook_a_provider_day() throws Exception {
        MachineLoad start = MachineLoad.now();
        shippedNode();
        int rounds = (ATTEMPTS + CALLERS - 1) / CALLERS;
        Fixture fixture = Fixture.on(node, "AT", 5, rounds / 2 + 12);
        List<String> waitingForBeds = new ArrayList<>(contention.make(CALLERS + rounds / 2 + 1,
                () -> driver.triaged(fixture.locality(), 2, BedType.REHAB, 0)));
        List<String> bedHolders = new ArrayList<>(waitingForBeds.subList(0, CALLERS));
        ConcurrentLinkedQueue<String> spare = new ConcurrentLinkedQueue<>(waitingForBeds.subList(CALLERS,
                waitingForBeds.size()));
        List<String> homeCare = contention.make(CALLERS, () -> driver.triaged(fixture.locality(), 1, null, 10));

        long[] counts = new long[Contention.Outcome.values().length];
        long wrongRounds = 0;
        List<String> unclean = new ArrayList<>();
        long deadline = System.nanoTime() + ATTEMPTS_CAP.toNanos();
        long begin = System.nanoTime();
        int round = 0;
        for (; round < rounds && System.nanoTime() < deadline; round++) {
            List<Contention.Attempt> attempts;
            int expectedWinners;
            if (round % 2 == 0) {
                String bed = fixture.beds().get(round / 2);
                attempts = contention.race(CALLERS,
                        i -> () -> Contention.attempt(() -> driver.allocateBed(bedHolders.get(i), bed)));
                expectedWinners = 1;
                for (int i = 0; i < attempts.size(); i++) {
                    if (attempts.get(i).outcome() == Contention.Outcome.WON) {
                        bedHolders.set(i, spare.poll());
                    }
                }
            } else {
                String provider = fixture.providers().get((round / 2) % fixture.providers().size());
                LocalDate day = Region.today().plusDays(1 + (round / 2) / fixture.providers().size());
                driver.postCapacity(provider, fixture.locality(), day, 20);
                attempts = contention.race(CALLERS,
                        i -> () -> Contention.attempt(() -> driver.offer(homeCare.get(i), provider, day)));
                expectedWinners = 2;
                for (int i = 0; i < attempts.size(); i++) {
                    if (attempts.get(i).outcome() == Contention.Outcome.WON) {
                        driver.answer(homeCare.get(i), provider, false);
                    }
                }
            }
            long winners = 0;
            for (Contention.Attempt attempt : attempts) {
                counts[attempt.outcome().ordinal()]++;
                winners += attempt.outcome() == Contention.Outcome.WON ? 1 : 0;
                if (attempt.error() != null && unclean.size() < 5) {
                    unclean.add(attempt.error());
                }
            }
            wrongRounds += winners == expectedWinners ? 0 : 1;
        }
        double elapsed = seconds(begin);
        long total = counts[0] + counts[1] + counts[2];
        HttpSample http = httpSample(fixture);
        Map<String, Long> invariants = Invariants.check(node.dataSource());

        node.report("load-attempts", String.format("""
                ## A hundred thousand contended attempts (issue 9)

                Command: %s, %s; %s.
                Rounds alternate between a bed and a provider-day; in each, %d callers (each with a different person)
                go at the same instant: a bed has one winner, a provider-day has hours for two packages of 10 and so
                two winners (whose offers the provider then declines, so the people can try again). Through the
                services, history `{shipped}`, job executor on%s.

                | figure | value | target |
                | --- | --- | --- |
                | contended attempts | %d in %d rounds (%.0f s, %.0f attempts/s) | at least 100,000 |
                | taken | %d | |
                | refused with a conflict (the API's 409) | %d | |
                | failed any other way | %d%s | 0 |
                | rounds with a winner count other than the capacity | %d | 0 |
                | the same race through HTTP: %d rounds of %d callers on one bed | %s | one 201 per round, the rest 409 problem+json |

                %s
                """, COMMAND, LocalDate.now(), start.sinceThen(), CALLERS,
                round < rounds ? " (stopped at the time cap of " + ATTEMPTS_CAP.toMinutes() + " minutes)" : "",
                total, round, elapsed, total / elapsed, counts[0], counts[1], counts[2],
                unclean.isEmpty() ? "" : " (" + String.join("; ", unclean) + ")", wrongRounds,
                http.rounds, CALLERS, http.summary(), Invariants.table(invariants)));
        assertThat(Invariants.allZero(invariants)).as(invariants.toString()).isTrue();
        assertThat(counts[Contention.Outcome.UNCLEAN.ordinal()]).as(unclean.toString()).isZero();
        assertThat(wrongRounds).isZero();
        assertThat(http.clean()).as(http.summary()).isTrue();
    }

    /** The shipped hub the later figures use: the first figure starts it, or the first of them run alone. */
    private void shippedNode() {
        if (node == null) {
            node = BenchNode.start();
            driver = new ServiceDriver(node);
        }
        node.signInHere();
    }

    record HttpSample(int rounds, Map<String, Long> statuses, long winnersOff, long notProblem) {

        boolean clean() {
            return winnersOff == 0 && notProblem == 0 && statuses.keySet().stream().allMatch(s -> s.equals("201")
                    || s.equals("409"));
        }

        String summary() {
            return "responses " + statuses + ", rounds without exactly one 201: " + winnersOff
                    + ", 409s without problem+json: " + notProblem;
        }
    }

    /** The same race on a bed through the API, as coordinators' browsers and systems send it. */
    private HttpSample httpSample(Fixture fixture) throws Exception {
        int rounds = 10;
        List<String> people = new ArrayList<>(contention.make(CALLERS, () -> driver.triaged(fixture.locality(), 2,
                BedType.REHAB, 0)));
        Map<String, Long> statuses = new TreeMap<>();
        long winnersOff = 0;
        long notProblem = 0;
        Stats stats = new Stats();
        HubClient coordinator = new HubClient(node.url(), "coordinator", "coordinator", stats);
        for (int round = 0; round < rounds; round++) {
            String bed = fixture.beds().get(fixture.beds().size() - 1 - round);
            List<HubClient.Result> results = contention.race(CALLERS, i -> () -> coordinator.post(
                    "/api/referrals/{id}/allocation", "/api/referrals/" + people.get(i) + "/allocation",
                    Map.of("bedCode", bed)));
            long won = 0;
            for (int i = 0; i < results.size(); i++) {
                statuses.merge(String.valueOf(results.get(i).status()), 1L, Long::sum);
                if (results.get(i).status() == 201) {
                    won++;
                    people.set(i, driver.triaged(fixture.locality(), 2, BedType.REHAB, 0));
                }
            }
            winnersOff += won == 1 ? 0 : 1;
        }
        notProblem = stats.uncleanRefusals();
        return new HttpSample(rounds, statuses, winnersOff, notProblem);
    }

    private static long won(Contention.Attempt attempt) {
        assertThat(attempt.outcome()).as(String.valueOf(attempt.error())).isEqualTo(Contention.Outcome.WON);
        return attempt.nanos();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Episodes through the services for the window: full chains done, and pathway 0 episodes done. */
    private long[] serviceEpisodes(ServiceDriver driver, Region region, Duration duration) throws Exception {
        AtomicLong chains = new AtomicLong();
        AtomicLong zero = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            futures.add(callers.submit(() -> {
                Random random = new Random();
                while (System.nanoTime() < end) {
                    int pathway = driver.episode(region, random);
                    if (pathway > 0) {
                        chains.incrementAndGet();
                    } else if (pathway == 0) {
                        zero.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        return new long[] {chains.get(), zero.get()};
    }

    /** TPC-B (pgbench's default script) in a database of its own on the hub's PostgreSQL server, in 3 runs. */
    private List<Double> pgbench(BenchNode on) throws Exception {
        String pgbench = findPgbench();
        if (pgbench == null) {
            return List.of();
        }
        new JdbcTemplate(on.dataSource()).execute("create database tpcb");
        String port = String.valueOf(on.postgres().getPort());
        run(pgbench, "-i", "-q", "-s", "10", "-h", "localhost", "-p", port, "-U", "postgres", "tpcb");
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String out = run(pgbench, "-c", "8", "-j", "2", "-T", String.valueOf(PGBENCH_SECONDS), "-h", "localhost",
                    "-p", port, "-U", "postgres", "tpcb");
            Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
            assertThat(tps.find()).as(out).isTrue();
            runs.add(Double.parseDouble(tps.group(1)));
        }
        return runs;
    }

    private static String findPgbench() throws IOException {
        if (Files.isExecutable(Path.of("/usr/bin/pgbench"))) {
            return "/usr/bin/pgbench";
        }
        try (var dirs = Files.list(Path.of("/usr/lib/postgresql"))) {
            return dirs.map(d -> d.resolve("bin/pgbench")).filter(Files::isExecutable).map(Path::toString)
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }

    private static long bcryptNanos() {
        var encoder = new BCryptPasswordEncoder();
        String hash = encoder.encode("manager");
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            long start = System.nanoTime();
            encoder.matches("manager", hash);
            nanos.add(System.nanoTime() - start);
        }
        return Stats.percentile(nanos, 50);
    }
}
