package fr.francetravail.aae.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NotificationRepository extends ListCrudRepository<Notification, Long> {

    @Query("select id from notification where status = 'PENDING' and next_attempt_at <= :now order by id limit :max")
    List<Long> findDue(Instant now, int max);

    List<Notification> findByStatusOrderById(NotificationStatus status);
}
