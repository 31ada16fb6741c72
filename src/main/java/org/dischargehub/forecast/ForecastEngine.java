package org.dischargehub.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs a scenario's replications on the executor it is given, in chunks of replications so that a few workers
 * share the work, telling a listener after each replication and stopping between replications when cancelled.
 * Each replication of each stream draws from generators seeded by (seed, replication, stream), so every scenario
 * sees the same random numbers and two scenarios differ only by what changed.
 */
public final class ForecastEngine {

    private static final int SMALLEST_CHUNK = 16;
    private static final int MOST_CHUNKS = 32;

    public ForecastRun start(ForecastRequest request, Scenario scenario, Executor executor,
            ProgressListener progress) {
        return start(request, scenario, executor, progress, 0);
    }

    /** Runs on the calling thread. */
    public ForecastResult run(ForecastRequest request, Scenario scenario) {
        return start(request, scenario, Runnable::run, ProgressListener.NONE).result().join();
    }

    ForecastRun start(ForecastRequest request, Scenario scenario, Executor executor, ProgressListener progress,
            int extraPlaces) {
        ArrivalTable table = new ArrivalTable();
        List<StreamPlan> plans = new ArrayList<>();
        List<Tally> totals = new ArrayList<>();
        for (StreamInputs stream : request.streams()) {
            plans.add(StreamPlan.compile(stream, scenario, request, extraPlaces, table));
            totals.add(new Tally(request.warmUpDays(), new int[request.horizonDays()][request.replications()]));
        }
        int reps = request.replications();
        ForecastRun run = new ForecastRun(reps);
        boolean[] done = new boolean[reps];
        List<CompletableFuture<Void>> chunks = new ArrayList<>();
        int chunk = Math.max(SMALLEST_CHUNK, (reps + MOST_CHUNKS - 1) / MOST_CHUNKS);
        for (int first = 0; first < reps; first += chunk) {
            int from = first;
            int to = Math.min(reps, first + chunk);
            chunks.add(CompletableFuture.runAsync(
                    () -> runChunk(request, plans, totals, from, to, run, done, progress), executor));
        }
        run.completeWith(CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> result(request, scenario, plans, totals, run, done)));
        return run;
    }

    private static void runChunk(ForecastRequest request, List<StreamPlan> plans, List<Tally> totals, int from,
            int to, ForecastRun run, boolean[] done, ProgressListener progress) {
        List<StreamSimulator> simulators = new ArrayList<>();
        List<Tally> partials = new ArrayList<>();
        for (int s = 0; s < plans.size(); s++) {
            simulators.add(new StreamSimulator(plans.get(s)));
            partials.add(new Tally(request.warmUpDays(), totals.get(s).queueByDayAndReplication()));
        }
        for (int r = from; r < to && !run.isCancelled(); r++) {
            for (int s = 0; s < plans.size(); s++) {
                simulators.get(s).run(request.seed(), r, partials.get(s).forReplication(r));
            }
            done[r] = true;
            progress.progressed(run.markDone(), run.replicationsTotal());
        }
        for (int s = 0; s < plans.size(); s++) {
            totals.get(s).add(partials.get(s));
        }
    }

    private static ForecastResult result(ForecastRequest request, Scenario scenario, List<StreamPlan> plans,
            List<Tally> totals, ForecastRun run, boolean[] done) {
        int doneCount = run.replicationsDone();
        List<StreamForecast> streams = new ArrayList<>();
        for (int s = 0; s < plans.size(); s++) {
            streams.add(Summaries.of(plans.get(s), totals.get(s), done, doneCount, request, scenario));
        }
        return new ForecastResult(scenario, request.start(), streams, doneCount, request.replications(),
                doneCount < request.replications());
    }
}
