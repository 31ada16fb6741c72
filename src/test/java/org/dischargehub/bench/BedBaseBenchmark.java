package org.dischargehub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedNeed;
import org.dischargehub.beds.BedType;
import org.dischargehub.load.BackgroundLoad;
import org.dischargehub.load.HubClient;
import org.dischargehub.load.LoadGenerator;
import org.dischargehub.load.Region;
import org.dischargehub.load.Stats;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.support.As;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bed base at scale: 5,000 beds in 200 settings on the embedded PostgreSQL. Options for one referral (p50,
 * p95) and allocations per second with 16 concurrent callers, against a plain JDBC reservation of one bed measured
 * in the same run. Run with {@code ./mvnw -Pbench verify}; figures go to docs/benchmarks.md.
 */
@HubIntegrationTest
class BedBaseBenchmark {

    /** Measured on PostgreSQL's durable defaults, as the hub ships, not the tests' throwaway settings. */
    @DynamicPropertySource
    static void durable(DynamicPropertyRegistry properties) {
        properties.add("hub.embedded-database.durable", () -> "true");
    }

    static final int SETTINGS = 200;
    static final int BEDS_PER_SETTING = 25;
    static final int CALLERS = 16;
    static final int ALLOCATIONS = 640;
    static final int OPTION_CALLS = 400;
    static final int LOAD_WORKERS = 8;
    /** Arrival rates of the open-loop options reads, a second, and the reads at each. */
    static final int[] OPEN_LOOP_RATES = {10, 50};
    static final int OPEN_LOOP_CALLS = 300;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralCapacityService capacity;
    @Autowired
    BedBaseService bedBase;

    final Random random = new Random(42);

    @Test
    void options_and_allocations_on_a_bed_base_of_five_thousand_beds() throws Exception {
        MachineLoad machine = MachineLoad.now();
        seedBedBase();
        List<String> optionReferrals = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            BedType type = BedType.values()[random.nextInt(BedType.values().length)];
            optionReferrals.add(triagedReferral("BL" + random.nextInt(10), type, random.nextInt(20) == 0));
        }
        for (int i = 0; i < 50; i++) {
            As.coordinator(() -> capacity.bedOptions(optionReferrals.get(0)));
        }
        List<Long> optionNanos = new ArrayList<>();
        for (int i = 0; i < OPTION_CALLS; i++) {
            String id = optionReferrals.get(i % optionReferrals.size());
            long start = System.nanoTime();
            var options = As.coordinator(() -> capacity.bedOptions(id));
            optionNanos.add(System.nanoTime() - start);
            assertThat(options.candidates().size() + options.excluded().size()).isPositive();
        }

        // Issue 23: 16 callers at once, each reading one person's options, while the episode load runs beside them
        // through the HTTP API in a region of its own; three windows, each figure per window.
        Region region = Region.build(new HubClient("http://localhost:" + port, "manager", "manager", new Stats()),
                6, 3, 24, 60);
        List<List<Long>> loadedWindows = new ArrayList<>();
        List<List<Long>> openLoop = new ArrayList<>();
        LoadGenerator.Result load;
        try (BackgroundLoad episodes = BackgroundLoad.start(region, new Stats(), LOAD_WORKERS)) {
            episodes.awaitSteady();
            for (int window = 0; window < 3; window++) {
                AtomicInteger next = new AtomicInteger();
                List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
                runConcurrently(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < OPTION_CALLS) {
                        String id = optionReferrals.get(i % optionReferrals.size());
                        long start = System.nanoTime();
                        As.coordinator(() -> capacity.bedOptions(id));
                        nanos.add(System.nanoTime() - start);
                    }
                });
                loadedWindows.add(nanos);
            }
            for (int rate : OPEN_LOOP_RATES) {
                openLoop.add(OpenLoop.run(rate, OPEN_LOOP_CALLS, i -> As.coordinator(
                        () -> capacity.bedOptions(optionReferrals.get(i % optionReferrals.size())))));
            }
            load = episodes.stop();
        }
        assertThat(load.clean()).as(load.summary()).isTrue();

        List<Map<String, Object>> beds = jdbc.queryForList("""
                select b.code, b.type from hub.bed b join hub.care_setting s on s.id = b.setting_id
                where b.status = 'AVAILABLE' and s.accepting_admissions and not s.designated_for_infection
                order by random() limit ?""", ALLOCATIONS * 4);
        List<String[]> work = new ArrayList<>();
        for (int i = 0; i < ALLOCATIONS; i++) {
            Map<String, Object> bed = beds.get(i);
            String id = triagedReferral("BL" + random.nextInt(10), BedType.valueOf((String) bed.get("type")), false);
            work.add(new String[] {id, (String) bed.get("code")});
        }
        List<String> minimalWork = new ArrayList<>();
        for (int i = 0; i < ALLOCATIONS; i++) {
            minimalWork.add(triagedReferral("BL" + random.nextInt(10), BedType.GENERAL, false));
        }
        // A live hub's autovacuum keeps the planner's statistics current; creating 640 process instances in the
        // seconds before the timed phase outpaces it, and plans made from the stale figures (an empty Camunda
        // schema) would scan every instance at each step — a property of this set-up, not of a running hub.
        jdbc.execute("analyze");
        ConcurrentLinkedQueue<String[]> queue = new ConcurrentLinkedQueue<>(work);
        List<Long> allocationNanos = Collections.synchronizedList(new ArrayList<>());
        long allocationWall = runConcurrently(() -> {
            String[] next;
            while ((next = queue.poll()) != null) {
                String[] job = next;
                long start = System.nanoTime();
                As.coordinator(() -> capacity.allocateBed(job[0], new ReferralCommands.BedAllocation(job[1])));
                allocationNanos.add(System.nanoTime() - start);
            }
        });
        double allocationsPerSecond = ALLOCATIONS / (allocationWall / 1e9);

        ConcurrentLinkedQueue<String> baselineBeds = new ConcurrentLinkedQueue<>();
        for (int i = ALLOCATIONS; i < ALLOCATIONS * 2; i++) {
            baselineBeds.add((String) beds.get(i).get("code"));
        }
        long baselineWall = runConcurrently(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement("update hub.bed set status = 'RESERVED', "
                            + "referral_id = ? where code = ? and status = 'AVAILABLE'")) {
                connection.setAutoCommit(true);
                String bed;
                while ((bed = baselineBeds.poll()) != null) {
                    update.setString(1, "baseline-" + bed);
                    update.setString(2, bed);
                    assertThat(update.executeUpdate()).isEqualTo(1);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        double baselinePerSecond = ALLOCATIONS / (baselineWall / 1e9);

        // For the reader weighing the baseline: the service's reservation alone (the checks and the versioned update
        // of the bed, in a transaction of its own), without the referral's change and the process step.
        ConcurrentLinkedQueue<Map<String, Object>> reserveOnly = new ConcurrentLinkedQueue<>(
                beds.subList(ALLOCATIONS * 2, ALLOCATIONS * 3));
        long reserveWall = runConcurrently(() -> {
            Map<String, Object> bed;
            while ((bed = reserveOnly.poll()) != null) {
                String code = (String) bed.get("code");
                BedType type = BedType.valueOf((String) bed.get("type"));
                bedBase.reserve(code, () -> new BedNeed("reserve-only-" + code, type, false));
            }
        });
        double reservePerSecond = ALLOCATIONS / (reserveWall / 1e9);

        // And the least any transactional allocation must do, in plain JDBC: hold the bed, mark the referral, write
        // its history row, commit — three statements and a commit, no checks, no audit, no process.
        ConcurrentLinkedQueue<String[]> minimal = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < ALLOCATIONS; i++) {
            minimal.add(new String[] {minimalWork.get(i), (String) beds.get(ALLOCATIONS * 3 + i).get("code")});
        }
        long minimalWall = runConcurrently(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement bed = connection.prepareStatement("update hub.bed set status = 'RESERVED', "
                            + "referral_id = ? where code = ? and status = 'AVAILABLE'");
                    PreparedStatement referral = connection.prepareStatement("update hub.referral set "
                            + "status = 'READY_TO_DISCHARGE', allocated_bed_code = ? where id = ?");
                    PreparedStatement history = connection.prepareStatement("insert into hub.referral_event "
                            + "(referral_id, at, actor, action, detail) values (?, now(), 'bench', 'BED_RESERVED', ?)")) {
                connection.setAutoCommit(false);
                String[] job;
                while ((job = minimal.poll()) != null) {
                    bed.setString(1, "minimal-" + job[1]);
                    bed.setString(2, job[1]);
                    assertThat(bed.executeUpdate()).isEqualTo(1);
                    referral.setString(1, job[1]);
                    referral.setString(2, job[0]);
                    assertThat(referral.executeUpdate()).isEqualTo(1);
                    history.setString(1, job[0]);
                    history.setString(2, job[1]);
                    history.executeUpdate();
                    connection.commit();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        double minimalPerSecond = ALLOCATIONS / (minimalWall / 1e9);

        assertThat(jdbc.queryForObject("select count(*) from hub.bed where status = 'RESERVED' and referral_id not like "
                + "'baseline-%' and referral_id not like 'reserve-only-%' and referral_id not like 'minimal-%'",
                Integer.class)).isEqualTo(ALLOCATIONS);
        assertThat(jdbc.queryForObject("select count(*) from (select referral_id from hub.bed where referral_id is not null "
                + "group by referral_id having count(*) > 1) doubled", Integer.class)).isZero();

        long p50 = BenchmarkReport.percentile(optionNanos, 50);
        long p95 = BenchmarkReport.percentile(optionNanos, 95);
        List<Double> loadedP50 = loadedWindows.stream().map(n -> BenchmarkReport.percentile(n, 50) / 1e6).toList();
        List<Double> loadedP95 = loadedWindows.stream().map(n -> BenchmarkReport.percentile(n, 95) / 1e6).toList();
        BenchmarkReport.write("bed-base", dataSource, String.format("""
                ## Bed base: options and allocation (issues 4 and 23)

                Command: `./mvnw -Pbench verify -Dit.test=BedBaseBenchmark`, %s; %s.
                Bed base: %d beds in %d settings across three tiers (every 20th setting designated, 5%% closed).
                Options are one pathway 2/3 person's ranked beds through the service the API calls (as a coordinator).

                | figure | value | target |
                | --- | --- | --- |
                | options, 1 caller, idle, p50 / p95 (%d calls) | %s / %s | |
                | options, %d callers, under the episode load, p50 (ms), median (min–max) of 3 windows | %s | |
                | options, %d callers, under the episode load, p95 (ms), median (min–max) of 3 windows | %s | under 20 ms |
                %s
                | the episode load beside them | %s | |
                | allocations per second, %d concurrent callers, each its own bed (service: bed + referral + process step in one transaction) | %.0f/s | |
                | allocation latency p50 / p95 | %s / %s | |
                | plain JDBC `UPDATE bed … WHERE status = 'AVAILABLE'`, %d concurrent callers | %.0f/s | |
                | the service's bed reservation alone (no referral change, no process step), %d callers | %.0f/s | |
                | the least a transactional allocation does, in plain JDBC (bed, referral, history row, commit), %d callers | %.0f/s | |

                The open-loop rows are reads arriving at that rate, beside the same load, whether or not the reads
                before them have returned; each read's time counts from when it was due (`OpenLoop`). The closed
                windows above measure %d callers divided by the rate the hub serves them at; these say how long one
                read takes at a given rate. The target is issue 23's, set for the closed windows.

                %d allocations, none double-booked (checked in SQL after the run). The allocation target is issue
                23's, on a shared pool where callers collide: see "Bed allocation on a shared pool of 5,000 beds".
                Statistics are refreshed (`analyze`) after the referrals are created and before the timed
                allocations, as autovacuum would in a live hub.
                """, LocalDate.now(), machine.sinceThen(), SETTINGS * BEDS_PER_SETTING, SETTINGS, OPTION_CALLS, BenchmarkReport.ms(p50),
                BenchmarkReport.ms(p95), CALLERS, BenchmarkReport.spread(loadedP50, "%.1f"), CALLERS,
                BenchmarkReport.spread(loadedP95, "%.1f"), openLoopRows(openLoop), load.summary(), CALLERS,
                allocationsPerSecond,
                BenchmarkReport.ms(BenchmarkReport.percentile(allocationNanos, 50)),
                BenchmarkReport.ms(BenchmarkReport.percentile(allocationNanos, 95)), CALLERS, baselinePerSecond,
                CALLERS, reservePerSecond, CALLERS, minimalPerSecond, CALLERS, ALLOCATIONS));
    }

    private static String openLoopRows(List<List<Long>> openLoop) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < OPEN_LOOP_RATES.length; r++) {
            List<Long> nanos = openLoop.get(r);
            rows.add(String.format("| options arriving at %d a second (open loop), under the episode load, p50 / p95 / "
                    + "p99 (%d reads) | %s / %s / %s | |", OPEN_LOOP_RATES[r], nanos.size(),
                    BenchmarkReport.ms(BenchmarkReport.percentile(nanos, 50)),
                    BenchmarkReport.ms(BenchmarkReport.percentile(nanos, 95)),
                    BenchmarkReport.ms(BenchmarkReport.percentile(nanos, 99))));
        }
        return String.join("\n", rows);
    }

    private long runConcurrently(Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                work.run();
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        long wall = System.nanoTime() - began;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return wall;
    }

    private String triagedReferral(String locality, BedType type, boolean infectionPositive) {
        String id = As.mdt(() -> referrals.receive(new ReferralCommands.NewReferral(People.nhsNumber(), "Bench", "Person",
                LocalDate.of(1940, 1, 1), locality, "General", "Ward 1", TestClock.now().minus(1, ChronoUnit.HOURS),
                infectionPositive, null))).id();
        As.mdt(() -> referrals.triage(id, new ReferralCommands.Triage(2, type, null, null, "bench")));
        return id;
    }

    private void seedBedBase() {
        for (int l = 0; l < 10; l++) {
            jdbc.update("insert into hub.locality (code, name) values (?, ?)", "BL" + l, "Bench locality " + l);
        }
        for (int p = 0; p < 20; p++) {
            jdbc.update("insert into hub.provider (code, name, kind) values (?, ?, 'BED_BASED')", "BP" + p,
                    "Bench provider " + p);
        }
        BedType[] weighted = {BedType.REHAB, BedType.REHAB, BedType.REHAB, BedType.NURSING, BedType.NURSING,
                BedType.GENERAL, BedType.GENERAL, BedType.DEMENTIA, BedType.END_OF_LIFE};
        for (int s = 0; s < SETTINGS; s++) {
            int tier = s < 60 ? 1 : s < 140 ? 2 : 3;
            jdbc.update("""
                    insert into hub.care_setting (code, name, provider_id, locality_id, tier, daily_rate,
                        designated_for_infection, accepting_admissions)
                    values (?, ?, (select id from hub.provider where code = ?), (select id from hub.locality where code = ?),
                        ?, 150.00, ?, ?)""", "BS" + s, "Bench setting " + s, "BP" + (s % 20), "BL" + (s % 10), tier,
                    s % 20 == 0, s % 20 != 7);
            List<Object[]> rows = new ArrayList<>();
            for (int b = 0; b < BEDS_PER_SETTING; b++) {
                rows.add(new Object[] {"BS" + s + "-" + b, "BS" + s, weighted[random.nextInt(weighted.length)].name(),
                        random.nextInt(5000)});
            }
            jdbc.batchUpdate("""
                    insert into hub.bed (code, setting_id, type, status_since)
                    values (?, (select id from hub.care_setting where code = ?), ?, now() - make_interval(mins => ?))""",
                    rows);
        }
        jdbc.execute("analyze");
    }
}
