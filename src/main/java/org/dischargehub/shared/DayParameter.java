package org.dischargehub.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day given as an API's text parameter: ISO (2026-11-23) or refused with a 400 at its field; none when blank. */
public final class DayParameter {

    private DayParameter() {
    }

    public static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "a day is written like 2026-11-23");
        }
    }
}
