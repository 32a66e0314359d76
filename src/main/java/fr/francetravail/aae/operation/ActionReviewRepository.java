package fr.francetravail.aae.operation;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ActionReviewRepository extends ListCrudRepository<ActionReview, Long> {

    Optional<ActionReview> findByOperationId(long operationId);
}
