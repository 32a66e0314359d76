package fr.francetravail.aae.notification;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each message in its own transaction: a failure is recorded on that message alone and retried
 * later. Delivery is at least once: a crash between the mail server's acceptance and the commit sends it again.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 50;

    private final NotificationRepository notifications;
    private final MailDelivery delivery;
    private final NotificationSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NotificationDispatcher(NotificationRepository notifications, MailDelivery delivery, NotificationSettings settings,
            TransactionTemplate transaction, Clock clock) {
        this.notifications = notifications;
        this.delivery = delivery;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${aae.notifications.dispatch-interval:PT15S}")
    void dispatchDue() {
        dispatchDueAt(clock.instant());
    }

    /** Delivers what is due at {@code now}; returns how many were sent. */
    int dispatchDueAt(Instant now) {
        int sent = 0;
        for (Long id : notifications.findDue(now, BATCH)) {
            if (Boolean.TRUE.equals(transaction.execute(status -> deliver(id, now)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(Long id, Instant now) {
        Notification notification = notifications.findById(id).orElseThrow();
        try {
            delivery.deliver(notification);
            notification.sent(now);
            return true;
        } catch (RuntimeException e) {
            notification.failed(e.getMessage(), now, settings.retryDelay(), settings.maxAttempts());
            log.warn("Envoi du message {} impossible (tentative {}) : {}", id,
                    notification.getAttempts(), e.getMessage());
            return false;
        } finally {
            notifications.save(notification);
        }
    }
}
