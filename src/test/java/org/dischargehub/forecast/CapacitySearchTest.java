package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapacitySearchTest {

    private final ForecastEngine engine = new ForecastEngine();
    private final CapacitySearch search = new CapacitySearch(engine);
    private final Scenario surge = Scenario.surge("+32%", 1.32, Streams.MONDAY);

    private double meanWait(ForecastRequest request, StreamKey key, Scenario scenario) {
        return engine.run(request, scenario).stream(key).meanWaitDays();
    }

    @Test
    void finds_the_fewest_extra_beds_that_bring_the_mean_wait_to_target() {
        ForecastRequest request = Streams.request(List.of(Streams.busyBeds(16, 0.9), Streams.homeCare(45, 1.2)),
                84, 0, 200);

        CapacitySearch.Answer answer = search.fewestExtra(request, surge, Streams.BEDS, 40, Runnable::run);

        assertThat(answer.found()).isTrue();
        assertThat(answer.extraPlaces()).isPositive();
        assertThat(answer.extraAmount()).isEqualTo(answer.extraPlaces());
        assertThat(answer.meanWaitDays()).isLessThanOrEqualTo(2.0);
        assertThat(meanWait(request, Streams.BEDS, surge.with(
                CapacityChange.addBeds(Streams.BEDS, answer.extraPlaces(), Streams.MONDAY)))).isLessThanOrEqualTo(2.0);
        assertThat(meanWait(request, Streams.BEDS, surge.with(
                CapacityChange.addBeds(Streams.BEDS, answer.extraPlaces() - 1, Streams.MONDAY)))).isGreaterThan(2.0);
    }

    @Test
    void home_care_is_answered_in_hours_a_day_against_a_one_day_target() {
        ForecastRequest request = Streams.request(List.of(Streams.homeCare(45, 1.2)), 84, 0, 200);

        CapacitySearch.Answer answer = search.fewestExtra(request, surge, Streams.HOME, 60, Runnable::run);

        assertThat(answer.targetDays()).isEqualTo(1.0);
        assertThat(answer.found()).isTrue();
        assertThat(answer.extraAmount()).isEqualTo(answer.extraPlaces() * 1.5);
        assertThat(meanWait(request, Streams.HOME, surge.with(CapacityChange.addHoursPerDay(Streams.HOME,
                answer.extraAmount() - 1.5, Streams.MONDAY)))).isGreaterThan(1.0);
    }

    @Test
    void a_stream_already_on_target_needs_nothing_and_an_impossible_one_says_so() {
        ForecastRequest easy = Streams.request(List.of(Streams.exponentialBeds(30, 0.5, 20)), 84, 0, 100);
        ForecastRequest hard = Streams.request(List.of(Streams.busyBeds(5, 3)), 84, 0, 100);

        assertThat(search.fewestExtra(easy, Scenario.base(), Streams.BEDS, 10, Runnable::run).extraPlaces()).isZero();
        CapacitySearch.Answer none = search.fewestExtra(hard, Scenario.base(), Streams.BEDS, 3, Runnable::run);
        assertThat(none.found()).isFalse();
        assertThat(none.meanWaitDays()).isGreaterThan(2.0);
    }
}
