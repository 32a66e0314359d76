package fr.francetravail.aae.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code aae.notifications.delivery=log} (the {@code dev} profile): mails are written to the log, no server needed. */
@Component
@ConditionalOnProperty(name = "aae.notifications.delivery", havingValue = "log")
class LogMailDelivery implements MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(LogMailDelivery.class);

    @Override
    public void deliver(Notification notification) {
        log.info("Mail à {} — {}\n{}", notification.getRecipient(), notification.getSubject(), notification.getBody());
    }
}
