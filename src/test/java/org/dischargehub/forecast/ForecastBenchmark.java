package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dischargehub.bench.BenchmarkReport;
import org.dischargehub.bench.MachineLoad;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's target: 1,000 replications over 12 weeks for a county (4 streams × 6 localities, about 150 referrals a
 * day) in under 10 seconds on 2 cores. The baseline is the same run on one thread, in the same JVM and rounds, so
 * the ratio is the speed-up the planner's pool gives; both runs must give the same figures (common random numbers).
 */
class ForecastBenchmark {

    static final String COMMAND = "./mvnw -Pbench verify -Dit.test=ForecastBenchmark";
    static final int ROUNDS = 3;
    static final LocalDate START = LocalDate.of(2026, 12, 7);

    @Test
    void a_county_forecast_of_a_thousand_runs_over_twelve_weeks() throws Exception {
        ForecastRequest request = ForecastRequest.plan(county(), START, 84, 2026L, 400);
        Scenario surge = Scenario.surge("+32%", 1.32, START);
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        ExecutorService single = Executors.newSingleThreadExecutor();
        ForecastEngine engine = new ForecastEngine();
        List<Double> parallel = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        ForecastResult onPool = null;
        ForecastResult onOne = null;
        MachineLoad machine = MachineLoad.now();
        try {
            engine.start(request.withReplications(100), surge, pool, ProgressListener.NONE).result().get();
            for (int round = 0; round < ROUNDS; round++) {
                long began = System.nanoTime();
                onOne = engine.start(request, surge, single, ProgressListener.NONE).result().get();
                baseline.add((System.nanoTime() - began) / 1e9);
                began = System.nanoTime();
                onPool = engine.start(request, surge, pool, ProgressListener.NONE).result().get();
                parallel.add((System.nanoTime() - began) / 1e9);
            }
        } finally {
            pool.shutdownNow();
            single.shutdownNow();
        }
        String load = machine.sinceThen();
        assertThat(onPool.bedDaysLostMean()).as("the same figures on one thread or many")
                .isEqualTo(onOne.bedDaysLostMean());
        assertThat(onPool.replicationsDone()).isEqualTo(1000);
        double median = median(parallel);
        BenchmarkReport.write("forecast", String.format(java.util.Locale.ROOT, """
                ## Plan for winter: a county's forecast (issue 22)

                Command: `%s` (class `ForecastBenchmark`), %s; %d cores as the JVM sees them, Java %s, max heap
                %d MB, JVM flags %s; %s.

                The run: %d streams (pathway 1, pathway 2 rehab, pathway 2 end of life and pathway 3 in each of 6
                localities), %.0f referrals a day before the +32%% surge from day 1, today's queue and people in care,
                %d replications over %d days, seeded. One warm-up run of 100 replications first; then %d rounds, each
                the baseline (one thread) and the planner's pool (%d threads), in turn.

                | run | median | min–max | ratio to the baseline |
                | --- | --- | --- | --- |
                | baseline: one thread | %.2f s | %.2f–%.2f s | 1.00 |
                | pool of %d threads | **%.2f s** | %.2f–%.2f s | %.2f× as fast |

                Target: under 10 s on 2 cores — %s. Both gave the same figures (mean acute bed-days lost %.1f), as
                common random numbers promise.
                """, COMMAND, LocalDate.now(), cores, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty() ? "none"
                        : "`" + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()) + "`",
                load, request.streams().size(),
                request.streams().stream().mapToDouble(StreamInputs::arrivalsPerDay).sum(),
                request.replications(), request.horizonDays(), ROUNDS, cores, median(baseline), min(baseline),
                max(baseline), cores, median, min(parallel), max(parallel), median(baseline) / median,
                median < 10 ? "met" : "missed", onPool.bedDaysLostMean()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    static List<StreamInputs> county() {
        List<StreamInputs> streams = new ArrayList<>();
        for (int l = 1; l <= 6; l++) {
            String locality = "Locality " + l;
            streams.add(StreamInputs.of(new StreamKey("P1", locality), 14, Streams.weekdays(),
                    new Capacity.HomeCare(14 * 28 * 1.5 / 0.9, 1.5), StayDistribution.LogNormal.withMeanAndSd(28, 20),
                    Streams.todayWith(8, 300)));
            streams.add(StreamInputs.of(new StreamKey("P2 rehab", locality), 8, Streams.weekdays(),
                    new Capacity.Beds(190), StayDistribution.LogNormal.withMeanAndSd(21, 14),
                    Streams.todayWith(6, 160)));
            streams.add(StreamInputs.of(new StreamKey("P3", locality), 2.5, Streams.weekdays(),
                    new Capacity.Beds(95), StayDistribution.LogNormal.withMeanAndSd(35, 25),
                    Streams.todayWith(4, 80)));
            streams.add(StreamInputs.of(new StreamKey("P2 end of life", locality), 0.5, Streams.weekdays(),
                    new Capacity.Beds(12), StayDistribution.LogNormal.withMeanAndSd(14, 10),
                    Streams.todayWith(1, 6)));
        }
        return streams;
    }
}
