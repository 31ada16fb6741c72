package org.dischargehub.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UkDatesTest {

    @Test
    void a_day_is_written_with_its_weekday_day_month_and_year() {
        assertThat(UkDates.day(LocalDate.of(2026, 12, 7))).isEqualTo("Monday 7 December 2026");
        assertThat(UkDates.day(LocalDate.of(2027, 1, 31))).isEqualTo("Sunday 31 January 2027");
    }
}
