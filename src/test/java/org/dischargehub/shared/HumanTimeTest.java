package org.dischargehub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HumanTimeTest {

    /** Friday 4 December 2026, 05:31 in London (GMT); the clock carries UTC to show the zone is the hub's. */
    private static final Instant NOW = Instant.parse("2026-12-04T05:31:28Z");
    private static final HumanTime TIME = new HumanTime(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_winter_time_reads_as_a_day_and_a_time_without_the_year() {
        assertThat(TIME.dateTime(Instant.parse("2026-12-02T14:00:00Z"))).isEqualTo("Wed 2 Dec, 14:00");
    }

    @Test
    void a_summer_time_reads_in_british_summer_time() {
        assertThat(TIME.dateTime(Instant.parse("2026-07-15T13:00:00Z"))).isEqualTo("Wed 15 Jul, 14:00");
    }

    @Test
    void the_hour_the_autumn_change_repeats_says_which_one() {
        assertThat(TIME.dateTime(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("Sun 25 Oct, 01:30 BST");
        assertThat(TIME.dateTime(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("Sun 25 Oct, 01:30 GMT");
        assertThat(TIME.dateTime(Instant.parse("2026-10-25T02:30:00Z"))).isEqualTo("Sun 25 Oct, 02:30");
    }

    @Test
    void the_year_shows_where_it_is_not_this_year() {
        assertThat(TIME.dateTime(Instant.parse("2027-01-05T09:00:00Z"))).isEqualTo("Tue 5 Jan 2027, 09:00");
        assertThat(TIME.day(LocalDate.of(2025, 12, 31))).isEqualTo("Wed 31 Dec 2025");
        assertThat(TIME.day(LocalDate.of(2026, 12, 31))).isEqualTo("Thu 31 Dec");
        assertThat(HumanTime.weekday(LocalDate.of(2027, 1, 1))).as("a grid's column").isEqualTo("Fri 1 Jan");
        assertThat(HumanTime.shortDate(LocalDate.of(2027, 1, 4))).as("a chart's axis").isEqualTo("4 Jan");
    }

    @Test
    void a_date_alone_always_carries_its_year() {
        assertThat(HumanTime.date(LocalDate.of(2026, 12, 4))).isEqualTo("4 Dec 2026");
        assertThat(HumanTime.date(Instant.parse("2026-06-30T23:30:00Z"))).as("the day in London").isEqualTo("1 Jul 2026");
    }

    @Test
    void a_deadline_today_reads_as_a_time_and_what_is_left() {
        assertThat(TIME.relative(Instant.parse("2026-12-04T09:11:28.663451340Z"))).isEqualTo("09:11 (3 h 40 min left)");
    }

    @Test
    void a_deadline_on_another_day_carries_the_day() {
        assertThat(TIME.relative(Instant.parse("2026-12-05T09:11:28Z"))).isEqualTo("Sat 5 Dec, 09:11 (1 d 3 h left)");
    }

    @Test
    void a_time_past_reads_as_how_long_ago() {
        assertThat(TIME.relative(Instant.parse("2026-12-04T04:51:28Z"))).isEqualTo("04:51 (40 min ago)");
        assertThat(TIME.relative(Instant.parse("2026-12-02T14:00:00Z"))).isEqualTo("Wed 2 Dec, 14:00 (1 d 15 h ago)");
    }

    @Test
    void the_day_in_london_is_the_day_even_when_utc_says_otherwise() {
        HumanTime summerEvening = HumanTime.at(Instant.parse("2026-07-15T23:30:00Z"));
        assertThat(summerEvening.relative(Instant.parse("2026-07-16T00:10:00Z"))).isEqualTo("01:10 (40 min left)");
    }

    @Test
    void durations_read_to_the_minute() {
        assertThat(HumanTime.duration(Duration.ofMinutes(220))).isEqualTo("3 h 40 min");
        assertThat(HumanTime.duration(Duration.ofHours(53))).isEqualTo("2 d 5 h");
        assertThat(HumanTime.duration(Duration.ofMinutes(5))).isEqualTo("5 min");
    }

    @Test
    void nothing_reads_as_nothing() {
        assertThat(TIME.dateTime(null)).isEmpty();
        assertThat(TIME.relative(null)).isEmpty();
        assertThat(HumanTime.date((LocalDate) null)).isEmpty();
    }
}
