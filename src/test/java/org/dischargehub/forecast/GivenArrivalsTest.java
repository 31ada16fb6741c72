package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A back-test feeds a stream the referrals that came; the other streams keep drawing theirs as before. */
class GivenArrivalsTest {

    private final ForecastEngine engine = new ForecastEngine();

    private static ForecastRequest county() {
        return Streams.request(List.of(Streams.busyBeds(18, 0.9), Streams.homeCare(45, 1.2)), 14, 0, 50);
    }

    private static Map<LocalDate, Integer> actual() {
        return Map.of(Streams.MONDAY, 3, Streams.MONDAY.plusDays(2), 7, Streams.MONDAY.plusDays(13), 1);
    }

    @Test
    void a_stream_given_its_arrivals_sees_exactly_them_in_every_replication() {
        ForecastResult result = engine.run(county(),
                Scenario.base().withArrivals(Map.of(Streams.BEDS, actual())));

        List<DayForecast> days = result.stream(Streams.BEDS).days();
        for (int d = 0; d < days.size(); d++) {
            LocalDate date = Streams.MONDAY.plusDays(d);
            assertThat(days.get(d).arrivalsMean()).as(date.toString())
                    .isEqualTo(actual().getOrDefault(date, 0).doubleValue());
        }
    }

    @Test
    void giving_one_stream_its_arrivals_leaves_the_other_streams_draws_alone() {
        ForecastResult drawn = engine.run(county(), Scenario.base());
        ForecastResult given = engine.run(county(), Scenario.base().withArrivals(Map.of(Streams.BEDS, actual())));

        assertThat(given.stream(Streams.HOME)).isEqualTo(drawn.stream(Streams.HOME));
        assertThat(given.stream(Streams.BEDS)).isNotEqualTo(drawn.stream(Streams.BEDS));
    }

    @Test
    void a_certain_table_draws_its_count_for_any_uniform_number() {
        for (double u : new double[] {0.0, 1e-300, 0.5, Math.nextDown(1.0)}) {
            assertThat(ArrivalTable.draw(ArrivalTable.certain(4), u)).isEqualTo(4);
            assertThat(ArrivalTable.draw(ArrivalTable.certain(0), u)).isZero();
        }
    }
}
