package fr.francetravail.aae.operation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface OperationRepository extends ListCrudRepository<Operation, Long> {

    Optional<Operation> findByReference(String reference);

    List<Operation> findAllByOrderByReference();

    List<Operation> findByStatusInOrderByReference(Collection<OperationStatus> statuses);

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Operation> findForUpdateById(long id);

    /** A task was completed: progress, without touching the aggregate's version (tasks complete concurrently). */
    @Modifying
    @Query("update operation set last_progress_at = :now where id = :id and last_progress_at < :now")
    void recordProgress(long id, Instant now);
}
