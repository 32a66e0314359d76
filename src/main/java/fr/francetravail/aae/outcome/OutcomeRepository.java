package fr.francetravail.aae.outcome;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface OutcomeRepository extends ListCrudRepository<Outcome, Long> {

    Optional<Outcome> findByEnrolmentIdAndCheckpoint(long enrolmentId, Checkpoint checkpoint);

    List<Outcome> findByOperationIdOrderByEnrolmentIdAscCheckpointAsc(long operationId);
}
