package org.dischargehub.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dischargehub.shared.InvalidInputException;

/** The dashboard's question: a period of London days (both ends included), and optionally a locality and pathway. */
public record KpiFilter(LocalDate from, LocalDate to, @Schema(nullable = true) String locality,
        @Schema(nullable = true) Integer pathway) {

    /** The period shown when none is asked for: the four weeks ending today. */
    public static final int DEFAULT_DAYS = 28;
    /** Longer periods are refused so that a day-by-day answer stays small. */
    public static final int LONGEST_DAYS = 3 * 366;

    public KpiFilter {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (from == null || to == null) {
            errors.add(new InvalidInputException.FieldError("from", "a period needs a first and a last day"));
        } else if (from.isAfter(to)) {
            errors.add(new InvalidInputException.FieldError("from", "the period starts after it ends"));
        } else if (from.plusDays(LONGEST_DAYS).isBefore(to)) {
            errors.add(new InvalidInputException.FieldError("to", "a period is at most " + LONGEST_DAYS + " days"));
        }
        if (pathway != null && (pathway < 0 || pathway > 3)) {
            errors.add(new InvalidInputException.FieldError("pathway", "a pathway is 0, 1, 2 or 3"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        locality = locality == null || locality.isBlank() ? null : locality.trim();
    }

    /** Reads the API's text parameters; a missing period is the four weeks ending today. */
    public static KpiFilter parse(String from, String to, String locality, Integer pathway, LocalDate today) {
        LocalDate last = date("to", to, today);
        LocalDate first = date("from", from, last.minusDays(DEFAULT_DAYS - 1L));
        return new KpiFilter(first, last, locality, pathway);
    }

    private static LocalDate date(String field, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "a day is written like 2026-11-30");
        }
        return plausible(field, day);
    }

    /** The hub's records run from 1900 to 2199; a day outside is a typing slip, not a question. */
    public static LocalDate plausible(String field, LocalDate day) {
        if (day.getYear() < 1900 || day.getYear() > 2199) {
            throw InvalidInputException.of(field, "a day between 1900 and 2199");
        }
        return day;
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
