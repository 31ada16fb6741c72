package org.dischargehub.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people in the UK write them in a letter: "Monday 7 December 2026". The facts hold calendar days already
 * taken in Europe/London, so no time zone is applied here.
 */
final class UkDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private UkDates() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
