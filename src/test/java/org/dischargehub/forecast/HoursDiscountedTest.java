package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dischargehub.forecast.History.PostedHours;
import org.dischargehub.forecast.History.ProviderDeclines;
import org.junit.jupiter.api.Test;

/** The hours a planner is told were not counted on: per provider and reason, over the locality's days posted. */
class HoursDiscountedTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void a_stale_posting_and_a_provider_that_often_declines_are_shown_with_their_hours_a_day() {
        List<PostedHours> postings = List.of(
                posting("STALE CO", DAY, "20", "4", true),
                posting("STALE CO", DAY.plusDays(1), "20", "4", false),
                posting("DECLINER", DAY, "10", "0", false),
                posting("DECLINER", DAY.plusDays(1), "10", "0", true),
                posting("STEADY", DAY, "30", "0", false));
        List<ProviderDeclines> declines = List.of(new ProviderDeclines("DECLINER", 10, 4),
                new ProviderDeclines("STEADY", 4, 4));

        List<HoursDiscounted> discounted = HoursDiscounted.of(HomeCareSupply.of(postings, declines,
                HomeCareSupply.Rules.DEFAULT));

        assertThat(discounted).extracting(HoursDiscounted::provider, HoursDiscounted::reason, HoursDiscounted::days)
                .as("STEADY answered too few offers for its declines to count")
                .containsExactly(tuple("DECLINER", "DECLINES", 2),
                        tuple("DECLINER", "STALE", 1),
                        tuple("STALE CO", "STALE", 1));
        HoursDiscounted declining = discounted.get(0);
        assertThat(declining.fraction()).isCloseTo(0.4, within(1e-12));
        assertThat(declining.hoursPerDay()).as("(10 × 0.4 + 5 × 0.4) over 2 days").isCloseTo(3.0, within(1e-12));
        assertThat(discounted.get(1).hoursPerDay()).as("half of 10, once in 2 days").isCloseTo(2.5, within(1e-12));
        assertThat(discounted.get(2).hoursPerDay()).as("half of 16 free, once in 2 days").isCloseTo(4.0,
                within(1e-12));
    }

    private static PostedHours posting(String provider, LocalDate day, String posted, String taken, boolean stale) {
        return new PostedHours(provider, "A", day, new BigDecimal(posted), new BigDecimal(taken), stale);
    }
}
