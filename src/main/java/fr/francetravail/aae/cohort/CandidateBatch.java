package fr.francetravail.aae.cohort;

import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import java.util.List;

/** Candidates to add in one go, and where each came from, so that every refusal names the JSON entry or the CSV line. */
public interface CandidateBatch {

    List<CandidateRequest> candidates();

    /** The name users see for {@code property} of the candidate at {@code index}; the whole entry when property is null. */
    String field(int index, String property);

    /** Faults found while reading the batch (CSV lines that could not be read); they refuse the batch too. */
    default List<FieldViolation> readingViolations() {
        return List.of();
    }
}
