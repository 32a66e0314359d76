package fr.francetravail.aae.operation;

import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.StateConflictException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The counsellor's bilan of the action (phase 5): written once, read by the payment's requirements. */
@Service
public class ActionReviews {

    private final ActionReviewRepository reviews;
    private final OperationService operations;
    private final InputValidator validator;
    private final Clock clock;

    ActionReviews(ActionReviewRepository reviews, OperationService operations, InputValidator validator, Clock clock) {
        this.reviews = reviews;
        this.operations = operations;
        this.validator = validator;
        this.clock = clock;
    }

    /** Records the counsellor's bilan; written once. */
    @Transactional
    public ActionReview writeBilan(long operationId, BilanCommand bilan, String author) {
        validator.validate(bilan);
        if (reviews.findByOperationId(operationId).isPresent()) {
            throw new StateConflictException("Le bilan de l'opération " + operations.get(operationId).getReference() + " est déjà rédigé");
        }
        return reviews.save(new ActionReview(operationId, bilan, author, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<ActionReview> bilan(long operationId) {
        return reviews.findByOperationId(operationId);
    }
}
