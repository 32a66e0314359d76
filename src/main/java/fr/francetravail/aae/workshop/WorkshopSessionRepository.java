package fr.francetravail.aae.workshop;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface WorkshopSessionRepository extends ListCrudRepository<WorkshopSession, Long> {

    List<WorkshopSession> findByOperationIdOrderBySequenceNumber(long operationId);
}
