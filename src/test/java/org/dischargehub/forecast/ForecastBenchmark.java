package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A county at winter scale: 4 streams (pathway 1, pathway 2 rehab and end-of-life beds, pathway 3) × 6
 * localities, about 150 referrals a day, 1,000 replications over 84 days, on a pool of as many threads as cores.
 * Not a test: run its main on the test classpath and write the figures to docs/forecast-model.md.
 */
public final class ForecastBenchmark {

    private ForecastBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ForecastRequest request = ForecastRequest.plan(county(), LocalDate.of(2026, 12, 7), 84, 2026L, 400);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ForecastEngine engine = new ForecastEngine();
            Scenario surge = Scenario.surge("+32%", 1.32, request.start());
            engine.start(request.withReplications(100), surge, pool, ProgressListener.NONE).result().get();
            for (int round = 1; round <= 3; round++) {
                long began = System.nanoTime();
                ForecastResult result = engine.start(request, surge, pool, ProgressListener.NONE).result().get();
                double seconds = (System.nanoTime() - began) / 1e9;
                System.out.printf("round %d: %d streams, %d replications, %d days on %d threads: %.2f s"
                        + " (bed-days lost %.0f)%n", round, result.streams().size(), result.replicationsDone(),
                        request.horizonDays(), threads, seconds, result.bedDaysLostMean());
            }
        } finally {
            pool.shutdownNow();
        }
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
