package org.dischargehub.audit;

import java.time.LocalDate;
import org.dischargehub.shared.DayParameter;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NhsNumber;
import org.dischargehub.shared.Violations;

/** A manager's search of the audit: by person, by user and by a period of London days (each part optional). */
public record AuditFilter(String nhsNumber, String username, LocalDate from, LocalDate to) {

    public AuditFilter {
        nhsNumber = blankToNull(nhsNumber);
        username = blankToNull(username);
        new Violations()
                .check(nhsNumber != null && !NhsNumber.isValid(nhsNumber), "nhsNumber", "not a valid NHS number")
                .check(username != null && username.length() > 100, "username", "at most 100 characters")
                .check(username != null && username.chars().anyMatch(Character::isISOControl), "username",
                        "a username has no control characters")
                .check(from != null && to != null && to.isBefore(from), "to", "the period ends before it starts")
                .throwIfAny();
        nhsNumber = nhsNumber == null ? null : new NhsNumber(nhsNumber).value();
    }

    /** Parses the API's text parameters; a date not written like 2026-11-23 is a 400 at its field. */
    public static AuditFilter parse(String nhsNumber, String username, String from, String to) {
        return new AuditFilter(nhsNumber, username, date("from", from), date("to", to));
    }

    public String describe() {
        return "nhsNumber=" + (nhsNumber == null ? "" : nhsNumber) + " user=" + (username == null ? "" : username)
                + " from=" + (from == null ? "" : from) + " to=" + (to == null ? "" : to);
    }

    private static LocalDate date(String field, String text) {
        LocalDate date = DayParameter.parse(field, text);
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2199)) {
            throw InvalidInputException.of(field, "a day between 1900 and 2199");
        }
        return date;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
