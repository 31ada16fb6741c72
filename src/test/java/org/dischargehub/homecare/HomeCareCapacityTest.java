package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.dischargehub.shared.ConflictException;
import org.junit.jupiter.api.Test;

class HomeCareCapacityTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    static HomeCareCapacity posted(String hours) {
        HomeCareCapacity capacity = new HomeCareCapacity(1L, 2L, LocalDate.of(2026, 11, 23));
        capacity.post(new BigDecimal(hours), "provider", NOW);
        return capacity;
    }

    @Test
    void free_hours_are_posted_minus_booked_minus_offered() {
        HomeCareCapacity capacity = posted("40");
        capacity.holdFor(new BigDecimal("10"));
        capacity.holdFor(new BigDecimal("7.5"));
        capacity.book(new BigDecimal("10"));
        assertThat(capacity.hoursBooked()).isEqualByComparingTo("10");
        assertThat(capacity.hoursOffered()).isEqualByComparingTo("7.5");
        assertThat(capacity.free()).isEqualByComparingTo("22.5");
    }

    @Test
    void an_offer_cannot_hold_more_than_the_free_hours() {
        HomeCareCapacity capacity = posted("12");
        capacity.holdFor(new BigDecimal("10"));
        assertThatThrownBy(() -> capacity.holdFor(new BigDecimal("2.01")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Only 2 of the 2.01 hours");
        assertThat(capacity.hoursOffered()).isEqualByComparingTo("10");
    }

    @Test
    void posted_hours_cannot_be_cut_below_what_is_booked_and_offered_and_the_booked_figure_is_told() {
        HomeCareCapacity capacity = posted("30");
        capacity.holdFor(new BigDecimal("14"));
        capacity.book(new BigDecimal("14"));
        capacity.holdFor(new BigDecimal("7"));
        assertThatThrownBy(() -> capacity.post(new BigDecimal("20"), "provider", NOW.plusSeconds(60)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("14 hours are already booked and 7 are on offer")
                .hasMessageContaining("cannot go below 21 hours");
        assertThat(capacity.hoursPosted()).isEqualByComparingTo("30");
        assertThat(capacity.updatedAt()).isEqualTo(NOW);
        capacity.post(new BigDecimal("21"), "provider", NOW.plusSeconds(60));
        assertThat(capacity.free()).isEqualByComparingTo("0");
        assertThat(capacity.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void booking_needs_the_hours_to_be_held_and_releases_never_go_below_zero() {
        HomeCareCapacity capacity = posted("10");
        assertThatThrownBy(() -> capacity.book(new BigDecimal("5"))).isInstanceOf(ConflictException.class);
        capacity.holdFor(new BigDecimal("5"));
        capacity.releaseHold(new BigDecimal("5"));
        capacity.releaseHold(new BigDecimal("5"));
        assertThat(capacity.hoursOffered()).isEqualByComparingTo("0");
        capacity.holdFor(new BigDecimal("5"));
        capacity.book(new BigDecimal("5"));
        capacity.releaseBooking(new BigDecimal("5"));
        assertThat(capacity.hoursBooked()).isEqualByComparingTo("0");
        assertThat(capacity.free()).isEqualByComparingTo("10");
    }
}
