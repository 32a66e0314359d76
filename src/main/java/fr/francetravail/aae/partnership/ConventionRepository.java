package fr.francetravail.aae.partnership;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ConventionRepository extends ListCrudRepository<Convention, Long> {

    Optional<Convention> findByOperationId(Long operationId);
}
