package fr.francetravail.aae.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code aae.notifications.delivery=log} (the {@code dev} profile): mails are written to the log, no server needed. The
 * log shows the recipient's address masked and a secret link as its placeholder: it is never rendered here.
 */
@Component
@ConditionalOnProperty(name = "aae.notifications.delivery", havingValue = "log")
class LogMailDelivery implements MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(LogMailDelivery.class);

    @Override
    public void deliver(Notification notification) {
        log.info("Mail à {} — {}\n{}", masked(notification.getRecipient()), notification.getSubject(), notification.getBody());
    }

    /** « j***@example.org »: enough to tell mails apart, not to write to someone. */
    static String masked(String address) {
        int at = address.lastIndexOf('@');
        return at < 1 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
