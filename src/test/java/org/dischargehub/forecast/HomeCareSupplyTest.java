package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dischargehub.forecast.History.PostedHours;
import org.dischargehub.forecast.History.ProviderDeclines;
import org.dischargehub.forecast.HomeCareSupply.Discount;
import org.dischargehub.forecast.HomeCareSupply.Rules;
import org.junit.jupiter.api.Test;

class HomeCareSupplyTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void free_hours_are_discounted_for_a_stale_posting_and_for_a_provider_that_often_declines() {
        List<PostedHours> postings = List.of(
                posting("FRESH", "NORTH", DAY, "40", "10", false),
                posting("STALE", "NORTH", DAY, "20", "0", true),
                posting("DECLINER", "NORTH", DAY, "10", "0", false),
                posting("FRESH", "SOUTH", DAY, "5", "8", false));
        List<ProviderDeclines> declines = List.of(new ProviderDeclines("DECLINER", 10, 4),
                new ProviderDeclines("FRESH", 3, 3));

        List<HomeCareSupply> supply = HomeCareSupply.of(postings, declines, Rules.DEFAULT);

        HomeCareSupply north = supply.get(0);
        assertThat(north.locality()).isEqualTo("NORTH");
        assertThat(north.free()).isCloseTo(30 + 20 + 10, within(1e-9));
        assertThat(north.usable()).as("30 fresh, half of 20 stale, 60% of 10 from a provider declining 40%")
                .isCloseTo(30 + 10 + 6, within(1e-9));
        assertThat(north.discounts()).containsExactly(new Discount("STALE", "STALE", 0.5, 10.0),
                new Discount("DECLINER", "DECLINES", 0.4, 4.0));
        assertThat(supply.get(1).free()).as("more taken than posted is no hours, never negative").isZero();
    }

    @Test
    void a_provider_with_few_answers_is_not_judged_by_them() {
        List<HomeCareSupply> supply = HomeCareSupply.of(List.of(posting("NEW", "NORTH", DAY, "12", "0", false)),
                List.of(new ProviderDeclines("NEW", 4, 4)), Rules.DEFAULT);

        assertThat(supply.get(0).usable()).isCloseTo(12, within(1e-9));
        assertThat(supply.get(0).discounts()).isEmpty();
    }

    @Test
    void a_discount_is_a_fraction() {
        assertThatThrownBy(() -> new Rules(1.5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static PostedHours posting(String provider, String locality, LocalDate day, String posted, String taken,
            boolean stale) {
        return new PostedHours(provider, locality, day, new BigDecimal(posted), new BigDecimal(taken), stale);
    }
}
