package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastOutputTest {

    private final ForecastEngine engine = new ForecastEngine();

    @Test
    void a_day_reports_a_fan_that_is_ordered_and_a_mean_inside_it() {
        ForecastResult result = engine.run(Streams.request(List.of(Streams.busyBeds(16, 0.9)), 84, 0, 300),
                Scenario.surge("+32%", 1.32, Streams.MONDAY));

        for (DayForecast day : result.stream(Streams.BEDS).days()) {
            assertThat(day.queueP5()).isLessThanOrEqualTo(day.queueP10());
            assertThat(day.queueP10()).isLessThanOrEqualTo(day.queueP50());
            assertThat(day.queueP50()).isLessThanOrEqualTo(day.queueP90());
            assertThat(day.queueP90()).isLessThanOrEqualTo(day.queueP95());
            assertThat(day.queueMean()).isBetween(0.0, (double) day.queueP90() + day.queueP90());
            assertThat(day.occupancyMean()).isLessThanOrEqualTo(day.places());
        }
        DayForecast last = result.stream(Streams.BEDS).days().get(83);
        assertThat(last.date()).isEqualTo(Streams.MONDAY.plusDays(83));
        assertThat(last.delayP90()).isGreaterThanOrEqualTo(last.delayMean());
        assertThat(last.queueP90()).isGreaterThan(last.queueP10());
        assertThat(last.queueP95() - last.queueP5()).as("the 90% band is wider than the 80% one")
                .isGreaterThan(last.queueP90() - last.queueP10());
    }

    @Test
    void bed_days_lost_are_the_queue_days_and_are_priced() {
        ForecastResult result = engine.run(Streams.request(List.of(Streams.busyBeds(16, 0.9)), 84, 0, 100),
                Scenario.base());
        StreamForecast beds = result.stream(Streams.BEDS);

        double queueDays = beds.days().stream().mapToDouble(DayForecast::queueMean).sum();
        assertThat(beds.bedDaysLostMean()).isCloseTo(queueDays, within(1e-6));
        assertThat(beds.bedDaysLostCost()).isCloseTo(400 * queueDays, within(1e-3));
        assertThat(beds.bedDaysLostP90()).isGreaterThanOrEqualTo((int) Math.floor(queueDays));
        assertThat(result.bedDaysLostCost()).isEqualTo(beds.bedDaysLostCost());
    }

    @Test
    void an_outbreak_closure_shows_in_places_and_delays_come_back_under_target_after_it() {
        StreamInputs stream = StreamInputs.of(Streams.BEDS, 0.6, WeekdayProfile.flat(), new Capacity.Beds(20),
                new StayDistribution.Exponential(20), Streams.todayWith(0, 12));
        Scenario outbreak = Scenario.base().with(CapacityChange.closeBeds(Streams.BEDS, 8, Streams.MONDAY.plusDays(7),
                Streams.MONDAY.plusDays(20)));
        ForecastRequest request = Streams.request(List.of(stream), 84, 0, 200);

        StreamForecast base = engine.run(request, Scenario.base()).stream(Streams.BEDS);
        StreamForecast closed = engine.run(request, outbreak).stream(Streams.BEDS);

        assertThat(closed.days().get(7).places()).isEqualTo(12);
        assertThat(closed.days().get(21).places()).isEqualTo(20);
        assertThat(closed.bedDaysLostMean()).isGreaterThan(base.bedDaysLostMean());
        assertThat(closed.underTargetFrom()).isNotNull().isAfter(Streams.MONDAY.plusDays(20));
        assertThat(base.underTargetFrom()).isEqualTo(Streams.MONDAY);
    }

    @Test
    void the_steady_state_beside_the_run_uses_the_rate_after_the_surge() {
        StreamInputs stream = Streams.exponentialBeds(10, 0.4, 20);
        ForecastRequest request = Streams.request(List.of(stream), 42, 0, 20);

        SteadyState calm = engine.run(request, Scenario.base()).stream(Streams.BEDS).steadyState();
        SteadyState surged = engine.run(request, Scenario.surge("+32%", 1.32, Streams.MONDAY.plusDays(7)))
                .stream(Streams.BEDS).steadyState();

        assertThat(calm.utilisation()).isCloseTo(0.8, within(1e-9));
        assertThat(calm.steady()).isTrue();
        assertThat(surged.utilisation()).isCloseTo(1.056, within(1e-9));
        assertThat(surged.steady()).isFalse();
    }

    @Test
    void referrals_follow_the_weekday_profile() {
        ForecastResult result = engine.run(Streams.request(List.of(Streams.busyBeds(16, 2)), 42, 0, 1_000),
                Scenario.base());
        List<DayForecast> days = result.stream(Streams.BEDS).days();

        assertThat(days.get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(days.get(0).arrivalsMean()).isCloseTo(2 * 1.3, within(0.15));
        assertThat(days.get(6).arrivalsMean()).isCloseTo(2 * 0.5, within(0.1));
    }
}
