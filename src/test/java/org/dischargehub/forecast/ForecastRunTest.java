package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A run goes on the executor it is given, says how far it is, and stops between replications when cancelled. */
class ForecastRunTest {

    private final ForecastEngine engine = new ForecastEngine();
    private final List<Runnable> queued = new ArrayList<>();

    private static ForecastRequest request() {
        return Streams.request(List.of(Streams.busyBeds(18, 0.9)), 42, 0, 100);
    }

    @Test
    void work_waits_for_the_executor_and_progress_reaches_the_total() {
        List<Integer> reported = new ArrayList<>();
        AtomicInteger totals = new AtomicInteger();
        ForecastRun run = engine.start(request(), Scenario.base(), queued::add, (done, total) -> {
            reported.add(done);
            totals.set(total);
        });
        assertThat(run.result()).isNotDone();
        assertThat(queued).isNotEmpty();

        queued.forEach(Runnable::run);

        ForecastResult result = run.result().join();
        assertThat(reported).hasSize(100).last().isEqualTo(100);
        assertThat(totals.get()).isEqualTo(100);
        assertThat(result.cancelled()).isFalse();
        assertThat(result.replicationsDone()).isEqualTo(100);
    }

    @Test
    void cancelling_stops_early_and_the_result_says_so() {
        ForecastRun run = engine.start(request(), Scenario.base(), queued::add, ProgressListener.NONE);

        queued.get(0).run();
        run.cancel();
        queued.subList(1, queued.size()).forEach(Runnable::run);

        ForecastResult result = run.result().join();
        assertThat(result.cancelled()).isTrue();
        assertThat(result.replicationsDone()).isPositive().isLessThan(100);
        assertThat(result.replicationsRequested()).isEqualTo(100);
        assertThat(result.stream(Streams.BEDS).days()).hasSize(42);
        assertThat(result.stream(Streams.BEDS).days().get(0).occupancyMean()).isPositive();
    }

    @Test
    void a_run_cancelled_before_it_starts_reports_no_replications_and_no_failure() {
        ForecastRun run = engine.start(request(), Scenario.base(), queued::add, ProgressListener.NONE);

        run.cancel();
        queued.forEach(Runnable::run);

        ForecastResult result = run.result().join();
        assertThat(result.cancelled()).isTrue();
        assertThat(result.replicationsDone()).isZero();
        assertThat(result.stream(Streams.BEDS).days().get(0).queueMean()).isZero();
    }
}
