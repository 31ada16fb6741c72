package org.dischargehub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.dischargehub.bench.PlainAllocation.Window;
import org.dischargehub.beds.BedType;
import org.dischargehub.load.Invariants;
import org.dischargehub.load.Stats;
import org.dischargehub.support.Race;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 23's allocation figures: coordinators, each for a person of their own, take the best free bed of one shared
 * pool of 5,000 (so they collide on it and move to the next on their list), through the service the API calls. Measured against
 * the least a transactional allocation does in plain JDBC on the same server, in the same run, for 1, 16 and 32
 * callers, three runs each (more with {@code -Dhub.bench.runs=N}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedPoolAllocationBenchmark {

    static final String COMMAND = "`./mvnw -Pbench verify -Dit.test=SharedPoolAllocationBenchmark`";
    static final int BEDS = 5_000;
    static final int RUNS = Math.max(3, Integer.getInteger("hub.bench.runs", 3));
    static final int ALONE = 60;
    static final int TOGETHER = 200;
    static final int WARM_UP = 60;

    final ExecutorService pool = Executors.newFixedThreadPool(32);

    @AfterAll
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void committed_allocations_on_a_shared_pool_of_five_thousand_beds() throws Exception {
        MachineLoad start = MachineLoad.now();
        long began = System.nanoTime();
        try (BenchNode node = BenchNode.start("hub.embedded-database.statement-statistics=true")) {
            node.signInHere();
            ServiceDriver driver = new ServiceDriver(node);
            Fixture fixture = Fixture.on(node, "SP", 0, BEDS);
            int people = WARM_UP + RUNS * (ALONE + 2 * TOGETHER);
            assertThat(people).as("every allocation takes a bed of its own").isLessThan(BEDS);
            PlainAllocation plain = PlainAllocation.create(node.dataSource(), BEDS, people + 16 * WARM_UP);
            ExecutorService makers = Executors.newFixedThreadPool(4);
            ConcurrentLinkedQueue<String> waiting = new ConcurrentLinkedQueue<>(new Contention(makers).make(people,
                    () -> driver.triaged(fixture.locality(), 2, BedType.REHAB, 0)));
            makers.shutdown();

            System.out.printf("%d people waiting for a bed after %.0f s%n", people, (System.nanoTime() - began) / 1e9);
            Statements statements = new Statements(node.dataSource());
            hub(driver, waiting, 4, WARM_UP);
            plain.window(pool, 16, 16 * WARM_UP);
            List<Window> plain16 = new ArrayList<>();
            List<Window> hub1 = new ArrayList<>();
            List<Window> hub16 = new ArrayList<>();
            List<Window> hub32 = new ArrayList<>();
            List<Double> perAllocation1 = new ArrayList<>();
            List<Double> perAllocation16 = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                plain16.add(plain.window(pool, 16, TOGETHER));
                long before = statements.count();
                hub1.add(hub(driver, waiting, 1, ALONE));
                perAllocation1.add((double) (statements.count() - before) / ALONE);
                before = statements.count();
                hub16.add(hub(driver, waiting, 16, TOGETHER));
                perAllocation16.add((double) (statements.count() - before) / TOGETHER);
                hub32.add(hub(driver, waiting, 32, TOGETHER));
                System.out.printf("run %d: plain 16 %.1f/s, hub 1 %.1f/s, 16 %.1f/s, 32 %.1f/s%n", run + 1,
                        plain16.get(run).perSecond(), hub1.get(run).perSecond(), hub16.get(run).perSecond(),
                        hub32.get(run).perSecond());
            }
            String load = start.until(MachineLoad.now());
            Map<String, Long> invariants = Invariants.check(node.dataSource());

            List<Double> vsPlain = ratios(hub16, plain16, Window::perSecond, Window::perSecond);
            List<Double> vsAlone = ratios(hub32, hub1, Window::perSecond, Window::perSecond);
            List<Double> tail = ratios(hub32, hub1, w -> p(w, 99), w -> p(w, 50));
            node.report("allocation-shared-pool", String.format("""
                    ## Bed allocation on a shared pool of 5,000 beds (issue 23)

                    Command: %s, %s; %s.
                    Each caller is a coordinator with a person of their own waiting for a REHAB bed (pathway 2): it
                    reads the person's options and reserves the first, and when another caller took that bed first
                    (a 409) it tries the next on the list (reading the options again only when the list runs out). One committed allocation is one person's
                    reservation and process step, however many collisions it took. Through the service the API calls
                    (no HTTP, no password check), history `{shipped}`, job executor on, %d beds in one tier-1 setting,
                    all free at the start. Baseline: the least a transactional allocation does in plain JDBC on the
                    same server and pool (read the best free bed, a guarded update, the referral's row, one history
                    row, commit), 16 callers, in the same runs. %d runs, each: the baseline (%d allocations), then
                    the hub with 1 caller (%d), 16 callers (%d) and 32 callers (%d), after a warm-up of %d hub and
                    %d plain allocations. Each figure is the median of the runs, with the least and greatest; a
                    ratio is worked out within each run, then its median taken.

                    | figure | median (min–max) | target |
                    | --- | --- | --- |
                    | plain JDBC transactional allocation, 16 callers, committed/s | %s | |
                    | hub, 1 caller, committed/s | %s | |
                    | hub, 16 callers, committed/s | %s | |
                    | hub, 32 callers, committed/s | %s | |
                    | hub with 16 callers ÷ plain JDBC with 16 | %s | at least 0.15 |
                    | hub with 32 callers ÷ hub with 1 | %s | at least 0.50 |
                    | hub, 1 caller, p50 / p99 (ms) | %s / %s | |
                    | hub, 16 callers, p50 / p99 (ms) | %s / %s | |
                    | hub, 32 callers, p50 / p99 (ms) | %s / %s | |
                    | hub with 32 callers: p99 ÷ 1 caller's p50 | %s | at most 10 |
                    | collisions per committed allocation: plain 16 / hub 16 / hub 32 | %s / %s / %s | |
                    | plain JDBC, 16 callers, p50 (ms) | %s | |
                    | statements run per committed allocation, hub 1 caller / 16 callers (`pg_stat_statements`, with each refusal's and options read's) | %s / %s | |

                    %s""", COMMAND, LocalDate.now(), load, BEDS, RUNS, TOGETHER, ALONE, TOGETHER, TOGETHER,
                    WARM_UP, 16 * WARM_UP,
                    rates(plain16), rates(hub1), rates(hub16), rates(hub32),
                    BenchmarkReport.spread(vsPlain, "%.3f"), BenchmarkReport.spread(vsAlone, "%.2f"),
                    latency(hub1, 50), latency(hub1, 99), latency(hub16, 50), latency(hub16, 99),
                    latency(hub32, 50), latency(hub32, 99), BenchmarkReport.spread(tail, "%.1f"),
                    collisions(plain16), collisions(hub16), collisions(hub32), latency(plain16, 50),
                    BenchmarkReport.spread(perAllocation1, "%.1f"), BenchmarkReport.spread(perAllocation16, "%.1f"),
                    Invariants.table(invariants)));
            assertThat(Invariants.allZero(invariants)).as(invariants.toString()).isTrue();
        }
    }

    /** Statements the server has run to completion since it started (its own reads left out). */
    private record Statements(JdbcTemplate jdbc) {

        Statements(DataSource dataSource) {
            this(new JdbcTemplate(dataSource));
            jdbc.execute("create extension if not exists pg_stat_statements");
        }

        long count() {
            return jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements "
                    + "where query not like '%pg_stat_statements%'", Long.class);
        }
    }

    /** {@code allocations} people, taken from {@code waiting}, each given the best free bed by one of the callers. */
    private Window hub(ServiceDriver driver, ConcurrentLinkedQueue<String> waiting, int callers, int allocations)
            throws Exception {
        AtomicInteger left = new AtomicInteger(allocations);
        AtomicLong collisions = new AtomicLong();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long begin = System.nanoTime();
        Race.on(pool, callers, i -> () -> {
            while (left.getAndDecrement() > 0) {
                String person = waiting.remove();
                long start = System.nanoTime();
                int collided = driver.bestBed(person);
                assertThat(collided).as("a bed for " + person).isNotNegative();
                nanos.add(System.nanoTime() - start);
                collisions.addAndGet(collided);
            }
            return null;
        });
        return new Window(allocations / ((System.nanoTime() - begin) / 1e9), nanos, collisions.get());
    }

    private static List<Double> ratios(List<Window> of, List<Window> to, Function<Window, Double> top,
            Function<Window, Double> bottom) {
        List<Double> ratios = new ArrayList<>();
        for (int run = 0; run < of.size(); run++) {
            ratios.add(top.apply(of.get(run)) / bottom.apply(to.get(run)));
        }
        return ratios;
    }

    private static double p(Window window, double percentile) {
        return Stats.percentile(window.nanos(), percentile) / 1e6;
    }

    private static String rates(List<Window> runs) {
        return BenchmarkReport.spread(runs.stream().map(Window::perSecond).toList(), "%.1f");
    }

    private static String latency(List<Window> runs, double percentile) {
        return BenchmarkReport.spread(runs.stream().map(w -> p(w, percentile)).toList(), "%.1f");
    }

    private static String collisions(List<Window> runs) {
        return BenchmarkReport.spread(runs.stream().map(w -> (double) w.collisions() / w.nanos().size()).toList(),
                "%.2f");
    }
}
