package org.dischargehub.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects the rules a request breaks beyond its own annotations, so that all are reported at once. */
public final class Violations {

    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public Violations check(boolean broken, String field, String message) {
        if (broken) {
            errors.add(new InvalidInputException.FieldError(field, message));
        }
        return this;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
