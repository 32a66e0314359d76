package fr.francetravail.aae.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code aae.notifications.delivery=log} (the {@code dev} profile): mails are written to the log, no server needed. The
 * log shows which mail went, about which operation, to whom (the address masked), never its text: the text names the
 * person and may hold a secret link. National steering reads it in the outbox ({@code GET /api/notifications}), the link as its
 * placeholder.
 */
@Component
@ConditionalOnProperty(name = "aae.notifications.delivery", havingValue = "log")
class LogMailDelivery implements MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(LogMailDelivery.class);

    @Override
    public void deliver(Notification notification) {
        log.info("Mail n° {} à {} — « {} » (opération {} ; texte dans la boîte d'envoi : GET /api/notifications?status=SENT)",
                notification.getId(), masked(notification.getRecipient()), notification.getSubject(), notification.getOperationId());
    }

    /** « j***@example.org »: enough to tell mails apart, not to write to someone. */
    static String masked(String address) {
        int at = address.lastIndexOf('@');
        return at < 1 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
