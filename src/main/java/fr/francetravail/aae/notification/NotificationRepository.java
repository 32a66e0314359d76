package fr.francetravail.aae.notification;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface NotificationRepository extends ListCrudRepository<Notification, Long> {

    List<Notification> findByOperationIdOrderById(Long operationId);
}
