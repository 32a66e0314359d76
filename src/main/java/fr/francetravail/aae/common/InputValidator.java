package fr.francetravail.aae.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Bean Validation of commands, turned into an {@link InvalidInputException} so every entry point refuses alike. */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public void validate(Object command) {
        List<InvalidInputException.FieldViolation> violations = violations(command);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The violations, sorted by field, for callers that add their own checks before refusing. */
    public List<InvalidInputException.FieldViolation> violations(Object command) {
        return validator.validate(command).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new InvalidInputException.FieldViolation(fieldName(v), v.getMessage()))
                .toList();
    }

    /** Refuses a free text longer than {@code max} characters, naming the field and the limit. */
    public static void requireAtMost(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidInputException(field, max + " caractères au plus (" + text.length() + " saisis)");
        }
    }

    private static String fieldName(ConstraintViolation<Object> violation) {
        String path = violation.getPropertyPath().toString();
        return path.replaceAll("\\.<list element>", "");
    }
}
