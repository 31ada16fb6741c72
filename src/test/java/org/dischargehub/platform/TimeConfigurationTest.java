package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeConfigurationTest {

    final TimeConfiguration configuration = new TimeConfiguration();

    @AfterEach
    void putTheEngineClockBack() {
        TestClock.resetEngineClock();
    }

    @Test
    void without_a_start_the_clock_is_the_real_one_in_london() {
        Clock clock = configuration.clock("");

        assertThat(clock.getZone()).isEqualTo(TimeConfiguration.HUB_ZONE);
        assertThat(Duration.between(Instant.ofEpochMilli(System.currentTimeMillis()), clock.instant()).abs())
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_pinned_clock_starts_at_the_london_moment_given_and_moves_the_engine_clock_with_it() {
        Clock clock = configuration.clock("2027-03-28T00:30");

        // half an hour before the clocks go forward, London is still on GMT
        assertThat(Duration.between(Instant.parse("2027-03-28T00:30:00Z"), clock.instant()))
                .isBetween(Duration.ZERO, Duration.ofSeconds(30));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Duration.between(clock.instant(), ClockUtil.getCurrentTime().toInstant()).abs())
                .isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void every_clock_pinned_to_the_same_moment_in_one_jvm_reads_the_same_time() {
        Duration first = TimeConfiguration.offset(LocalDateTime.parse("2028-02-29T09:00"));
        Clock later = configuration.clock("2028-02-29T09:00");

        assertThat(TimeConfiguration.offset(LocalDateTime.parse("2028-02-29T09:00"))).isEqualTo(first);
        assertThat(Duration.between(Clock.offset(Clock.systemUTC(), first).instant(), later.instant()).abs())
                .isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void a_start_that_is_not_a_london_date_and_time_is_refused_with_the_property_named() {
        assertThatThrownBy(() -> configuration.clock("29/02/2028"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hub.clock.start-at")
                .hasMessageContaining("29/02/2028");
    }
}
