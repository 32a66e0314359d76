package fr.francetravail.aae.employermeeting;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface EmployerMeetingReminderRepository extends ListCrudRepository<EmployerMeetingReminder, Long> {

    Optional<EmployerMeetingReminder> findByOperationId(long operationId);
}
