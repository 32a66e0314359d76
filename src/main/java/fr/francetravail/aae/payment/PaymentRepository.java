package fr.francetravail.aae.payment;

import java.util.Optional;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface PaymentRepository extends ListCrudRepository<Payment, Long> {

    Optional<Payment> findByOperationId(long operationId);

    /** Locked to the end of the transaction: answers about one payment are taken one after the other, on every node. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Payment> findForUpdateByOperationId(long operationId);
}
