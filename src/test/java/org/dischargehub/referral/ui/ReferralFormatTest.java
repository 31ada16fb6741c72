package org.dischargehub.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReferralFormatTest {

    @Test
    void waiting_time_reads_in_hours_and_minutes_then_days() {
        assertThat(ReferralFormat.waiting(Duration.ofMinutes(135))).isEqualTo("2 h 15 min");
        assertThat(ReferralFormat.waiting(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(ReferralFormat.waiting(Duration.ofHours(28))).isEqualTo("1 d 4 h");
    }

    @Test
    void timeline_actions_read_as_words() {
        assertThat(ReferralFormat.action("BED_RESERVED")).isEqualTo("Bed reserved");
    }
}
