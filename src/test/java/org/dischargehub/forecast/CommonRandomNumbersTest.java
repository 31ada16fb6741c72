package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Scenarios share their random numbers, so they differ only by what changed; a seed fixes a run. */
class CommonRandomNumbersTest {

    private final ForecastEngine engine = new ForecastEngine();

    private static ForecastRequest county() {
        return Streams.request(List.of(Streams.busyBeds(18, 0.9), Streams.homeCare(45, 1.2)), 84, 0, 200);
    }

    @Test
    void a_scenario_identical_to_the_base_gives_identical_results() {
        ForecastResult base = engine.run(county(), Scenario.base());
        ForecastResult same = engine.run(county(), new Scenario("Same as base", Surge.none(), List.of()));

        assertThat(same.streams()).isEqualTo(base.streams());
        assertThat(base.stream(Streams.BEDS).bedDaysLostMean()).isGreaterThan(0);
    }

    @Test
    void adding_beds_never_lengthens_the_queue_on_any_replication_day() {
        StreamInputs stream = Streams.busyBeds(16, 0.9);
        ForecastRequest request = Streams.request(List.of(stream), 84, 0, 200);
        Scenario more = Scenario.base().with(CapacityChange.addBeds(Streams.BEDS, 2, Streams.MONDAY.plusDays(10)));
        StreamPlan base = StreamPlan.compile(stream, Scenario.base(), request, 0, new ArrivalTable());
        StreamPlan added = StreamPlan.compile(stream, more, request, 0, new ArrivalTable());

        boolean shorterSomewhere = false;
        for (int r = 0; r < request.replications(); r++) {
            int[] before = DelayRecorder.replicate(base, request.seed(), r).queueByDay;
            int[] after = DelayRecorder.replicate(added, request.seed(), r).queueByDay;
            for (int d = 0; d < before.length; d++) {
                assertThat(after[d]).as("replication %d, day %d", r, d).isLessThanOrEqualTo(before[d]);
                shorterSomewhere |= after[d] < before[d];
            }
        }
        assertThat(shorterSomewhere).isTrue();
    }

    @Test
    void a_surge_never_brings_fewer_referrals_on_any_replication_day() {
        StreamInputs stream = Streams.busyBeds(16, 0.9);
        ForecastRequest request = Streams.request(List.of(stream), 84, 0, 100);
        StreamPlan base = StreamPlan.compile(stream, Scenario.base(), request, 0, new ArrivalTable());
        StreamPlan surged = StreamPlan.compile(stream, Scenario.surge("+32%", 1.32, Streams.MONDAY.plusDays(7)),
                request, 0, new ArrivalTable());

        long more = 0;
        long fewer = 0;
        for (int r = 0; r < request.replications(); r++) {
            CountingRecorder before = new CountingRecorder(84);
            CountingRecorder after = new CountingRecorder(84);
            new StreamSimulator(base).run(request.seed(), r, before);
            new StreamSimulator(surged).run(request.seed(), r, after);
            for (int d = 0; d < 84; d++) {
                more += after.arrivals[d] > before.arrivals[d] ? 1 : 0;
                fewer += after.arrivals[d] < before.arrivals[d] ? 1 : 0;
                if (d < 7) {
                    assertThat(after.arrivals[d]).isEqualTo(before.arrivals[d]);
                }
            }
        }
        assertThat(fewer).isZero();
        assertThat(more).isPositive();
    }

    @Test
    void a_seed_fixes_the_run_whatever_the_threads_and_another_seed_changes_it() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ForecastResult alone = engine.run(county(), Scenario.base());
            ForecastResult threaded = engine.start(county(), Scenario.base(), pool, ProgressListener.NONE)
                    .result().get();
            ForecastRequest other = new ForecastRequest(county().streams(), Streams.MONDAY, 84, 0, 200, 7L, 400);
            ForecastResult reseeded = engine.run(other, Scenario.base());

            assertThat(threaded.streams()).isEqualTo(alone.streams());
            assertThat(reseeded.streams()).isNotEqualTo(alone.streams());
        } finally {
            pool.shutdownNow();
        }
    }

    private static final class CountingRecorder implements Recorder {
        final int[] arrivals;

        CountingRecorder(int days) {
            arrivals = new int[days];
        }

        @Override
        public void arrived(int day, int count) {
            arrivals[day] = count;
        }

        @Override
        public void admitted(int day, int delay, int count, long staySum) {
        }

        @Override
        public void endOfDay(int day, int queue, int inService) {
        }

        @Override
        public void stillWaiting(int waited, int count) {
        }
    }
}
