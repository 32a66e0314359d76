package fr.francetravail.aae.common;

import java.util.List;

/** Input refused by a domain rule; each violation names the field and says why, in French. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.stream().map(FieldViolation::toString).reduce((a, b) -> a + " ; " + b).orElse("Requête invalide"));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /**
     * One refused field: {@code field} as the request names it (what clients read), {@code label} as the user's form
     * shows it, when the refusal comes through a form (null otherwise); the sentence names the label, else the field.
     */
    public record FieldViolation(String field, String message, String label) {

        public FieldViolation(String field, String message) {
            this(field, message, null);
        }

        @Override
        public String toString() {
            return (label == null ? field : label) + " : " + message;
        }
    }
}
