package fr.francetravail.aae.cohort;

import fr.francetravail.aae.common.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface EnrolmentRepository extends ListCrudRepository<Enrolment, Long> {

    List<Enrolment> findByOperationIdOrderById(long operationId);

    List<Enrolment> findByOperationIdAndStatusOrderById(long operationId, EnrolmentStatus status);

    List<Enrolment> findByOperationIdAndStatusOrderByPlacedAtAscIdAsc(long operationId, EnrolmentStatus status);

    Optional<Enrolment> findByOperationIdAndParticipantId(long operationId, long participantId);

    int countByOperationId(long operationId);

    int countByOperationIdAndStatus(long operationId, EnrolmentStatus status);

    default Enrolment require(long enrolmentId) {
        return findById(enrolmentId).orElseThrow(() -> new NotFoundException("Inscription inconnue : " + enrolmentId));
    }
}
