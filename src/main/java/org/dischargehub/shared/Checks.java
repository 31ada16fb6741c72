package org.dischargehub.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Validates command records against their Bean Validation constraints, the same way for UI, API and process. */
@Component
public class Checks {

    private final Validator validator;

    public Checks(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<InvalidInputException.FieldError> errors = violations.stream()
                    .map(v -> new InvalidInputException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
                    .toList();
            throw new InvalidInputException(errors);
        }
        return command;
    }
}
