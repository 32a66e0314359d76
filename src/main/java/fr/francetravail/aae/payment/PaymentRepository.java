package fr.francetravail.aae.payment;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PaymentRepository extends ListCrudRepository<Payment, Long> {

    Optional<Payment> findByOperationId(long operationId);
}
