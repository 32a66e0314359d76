package fr.francetravail.aae.operation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface OperationRepository extends ListCrudRepository<Operation, Long> {

    Optional<Operation> findByReference(String reference);

    List<Operation> findAllByOrderByReference();

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Operation> findForUpdateById(long id);
}
