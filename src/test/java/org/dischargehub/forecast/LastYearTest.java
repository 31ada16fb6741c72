package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dischargehub.forecast.History.Arrivals;
import org.junit.jupiter.api.Test;

/** Last year's change over the same weeks: worked out per pathway only where the hub has the records for it. */
class LastYearTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final LocalDate YEAR_AGO = LocalDate.of(2025, 12, 7);

    @Test
    void the_weeks_ahead_a_year_ago_against_the_weeks_read_before_them_per_pathway_over_localities() {
        List<Arrivals> arrivals = new ArrayList<>();
        for (int day = 1; day <= 84; day++) {
            arrivals.add(new Arrivals(YEAR_AGO.minusDays(day), 2, day % 2 == 0 ? "A" : "B", 2));
        }
        for (int day = 0; day < 56; day++) {
            arrivals.add(new Arrivals(YEAR_AGO.plusDays(day), 2, "A", 3));
        }
        for (int day = 1; day <= 19; day++) {
            arrivals.add(new Arrivals(YEAR_AGO.minusDays(day), 3, "A", 1));
            arrivals.add(new Arrivals(YEAR_AGO.minusDays(day), 0, "A", 5));
        }
        arrivals.add(new Arrivals(YEAR_AGO.minusDays(85), 2, "A", 500));
        arrivals.add(new Arrivals(YEAR_AGO.plusDays(56), 2, "A", 500));

        Map<Integer, LastYear> changes = LastYear.of(arrivals, TODAY, 12, 56, LocalDate.of(2024, 6, 1));

        assertThat(changes).containsOnlyKeys(2);
        LastYear change = changes.get(2);
        assertThat(change.before()).as("84 days of 2, outside days left out").isEqualTo(168);
        assertThat(change.after()).as("56 days of 3").isEqualTo(168);
        assertThat(change.factor()).as("3 a day against 2 a day").isCloseTo(1.5, within(1e-12));
    }

    @Test
    void no_change_is_claimed_where_the_records_begin_inside_last_years_weeks() {
        List<Arrivals> arrivals = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            arrivals.add(new Arrivals(YEAR_AGO.minusDays(day), 2, "A", 4));
        }

        assertThat(LastYear.of(arrivals, TODAY, 12, 56, YEAR_AGO.minusDays(59))).isEmpty();
        assertThat(LastYear.of(arrivals, TODAY, 12, 56, null)).as("no referral at all").isEmpty();
        assertThat(LastYear.of(arrivals, TODAY, 12, 56, YEAR_AGO.minusWeeks(12))).as("records from the first day")
                .containsOnlyKeys(2);
    }
}
