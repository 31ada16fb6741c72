package org.dischargehub.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReferralFormatTest {

    @Test
    void waiting_time_reads_in_hours_and_minutes_then_days() {
        assertThat(ReferralFormat.waiting(Duration.ofMinutes(135))).isEqualTo("2 h 15 min");
        assertThat(ReferralFormat.waiting(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(ReferralFormat.waiting(Duration.ofHours(28))).isEqualTo("1 d 4 h");
    }

    @Test
    void times_are_shown_in_uk_local_time() {
        Instant summerMorning = Instant.parse("2026-07-01T08:30:00Z");
        assertThat(ReferralFormat.dateTime(summerMorning, ZoneId.of("Europe/London"))).isEqualTo("1 Jul 2026 09:30");
    }

    @Test
    void timeline_actions_read_as_words() {
        assertThat(ReferralFormat.action("BED_RESERVED")).isEqualTo("Bed reserved");
    }
}
