package fr.francetravail.aae.employermeeting;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface EmployerRepository extends ListCrudRepository<Employer, Long> {

    List<Employer> findByOperationIdOrderById(long operationId);

    int countByOperationId(long operationId);
}
