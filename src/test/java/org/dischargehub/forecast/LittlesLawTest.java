package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every run's counts obey L = λW for the queue and for the places in use, within a few per cent. The loads stay
 * below one after the surge, so the people who cross the ends of the horizon are few against the whole; with a
 * queue that grows without end they are not, and the gap says so rather than the law failing.
 */
class LittlesLawTest {

    static Stream<Scenario> scenarios() {
        return Stream.of(Scenario.base(),
                Scenario.surge("+20% ramped", 1.0, Streams.MONDAY).withSurge(new Surge(1.0, 1.2, Streams.MONDAY, 28)),
                Scenario.base().with(CapacityChange.closeBeds(Streams.BEDS, 4, Streams.MONDAY.plusDays(60),
                        Streams.MONDAY.plusDays(120))));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void queue_and_places_in_use_obey_littles_law(Scenario scenario) {
        ForecastRequest request = Streams.request(List.of(Streams.busyBeds(23, 0.8), Streams.homeCare(66, 1.2),
                Streams.exponentialBeds(10, 0.38, 20).withKey(new StreamKey("P3", "South"))), 1_000, 200, 40);

        ForecastResult result = new ForecastEngine().run(request, scenario);

        for (StreamForecast stream : result.streams()) {
            LittlesLaw little = stream.littlesLaw();
            assertThat(little.queueLength()).as("%s has a queue to check", stream.key()).isGreaterThan(0.1);
            assertThat(little.queueGap()).as("queue of %s: %s", stream.key(), little).isLessThan(0.03);
            assertThat(little.inServiceGap()).as("places of %s: %s", stream.key(), little).isLessThan(0.03);
        }
    }
}
