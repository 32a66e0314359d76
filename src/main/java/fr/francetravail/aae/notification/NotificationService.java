package fr.francetravail.aae.notification;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification outbox. Delivery by e-mail comes with the mail sender; until then messages wait as PENDING. */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public Notification queue(long operationId, String recipient, String subject, String body) {
        return notifications.save(new Notification(operationId, recipient, subject, body, clock.instant()));
    }
}
