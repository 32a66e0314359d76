package fr.francetravail.aae.notification;

import fr.francetravail.aae.common.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification outbox: what the processes announce, delivered by {@link NotificationDispatcher}. */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Notification> inStatus(NotificationStatus status) {
        return notifications.findByStatusOrderById(status);
    }

    @Transactional
    public Notification retry(long id) {
        Notification notification = notifications.findById(id)
                .orElseThrow(() -> new NotFoundException("Message inconnu : " + id));
        notification.retry(clock.instant());
        return notifications.save(notification);
    }

    @Transactional
    public Notification queue(long operationId, String recipient, String subject, String body) {
        return queue(operationId, recipient, subject, body, null);
    }

    /** A message whose body holds {@link SecretLink#PLACEHOLDER} where the link is rendered at delivery. */
    @Transactional
    public Notification queue(long operationId, String recipient, String subject, String body, SecretLink secretLink) {
        return notifications.save(new Notification(operationId, recipient, subject, body, secretLink, clock.instant()));
    }
}
