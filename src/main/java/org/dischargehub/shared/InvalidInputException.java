package org.dischargehub.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Input that breaks a rule; answered as 400 with one message per field. Thrown before any state changes. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    /** Refuses a day after today on the given clock: "{what} cannot be dated in the future", at the field. */
    public static void ifInFuture(LocalDate day, Clock clock, String field, String what) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw of(field, what + " cannot be dated in the future");
        }
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
