package fr.francetravail.aae.employermeeting;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingResultRepository extends ListCrudRepository<MeetingResult, Long> {

    List<MeetingResult> findByOperationId(long operationId);
}
