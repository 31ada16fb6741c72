package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.dischargehub.forecast.History.Arrivals;
import org.junit.jupiter.api.Test;

class DemandTest {

    /** A Sunday: the two whole weeks ending on it run from Monday 16 November 2026. */
    static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);

    @Test
    void days_without_referrals_count_as_zero_and_the_weekday_factors_average_one() {
        List<Arrivals> arrivals = List.of(
                new Arrivals(LocalDate.of(2026, 11, 16), 1, "NORTH", 4),
                new Arrivals(LocalDate.of(2026, 11, 23), 1, "NORTH", 2),
                new Arrivals(LocalDate.of(2026, 11, 28), 1, "NORTH", 1));

        Demand north = Demand.of(arrivals, SUNDAY, 2).get(0);

        assertThat(north.perDay()).isCloseTo(7.0 / 14, within(1e-12));
        assertThat(north.weekdayFactors().get(0)).as("Mondays").isCloseTo(6.0 * 7 / 7, within(1e-12));
        assertThat(north.weekdayFactors().get(5)).as("Saturdays").isCloseTo(1.0, within(1e-12));
        assertThat(north.weekdayFactors().get(6)).as("Sundays").isZero();
        assertThat(north.weekdayFactors().stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                .isCloseTo(1.0, within(1e-12));
        assertThat(north.expectedOn(LocalDate.of(2026, 12, 7))).as("a Monday ahead").isCloseTo(3.0, within(1e-12));
    }

    @Test
    void each_pathway_and_locality_is_its_own_stream_and_days_outside_the_weeks_are_left_out() {
        List<Arrivals> arrivals = List.of(
                new Arrivals(LocalDate.of(2026, 11, 15), 2, "NORTH", 50),
                new Arrivals(LocalDate.of(2026, 11, 20), 2, "NORTH", 7),
                new Arrivals(LocalDate.of(2026, 11, 20), 2, "SOUTH", 14),
                new Arrivals(LocalDate.of(2026, 11, 30), 1, "NORTH", 9));

        List<Demand> demands = Demand.of(arrivals, SUNDAY, 2);

        assertThat(demands).extracting(Demand::pathway, Demand::locality, Demand::perDay).containsExactly(
                tuple(2, "NORTH", 0.5),
                tuple(2, "SOUTH", 1.0));
    }

    @Test
    void a_demand_needs_seven_factors() {
        assertThatThrownBy(() -> new Demand(1, "NORTH", 1.0, List.of(1.0, 1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
