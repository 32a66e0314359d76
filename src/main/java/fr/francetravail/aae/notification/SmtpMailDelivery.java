package fr.francetravail.aae.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Delivery through the SMTP server of {@code spring.mail.*} (the default). */
@Component
@ConditionalOnProperty(name = "aae.notifications.delivery", havingValue = "smtp", matchIfMissing = true)
class SmtpMailDelivery implements MailDelivery {

    private final JavaMailSender mail;
    private final NotificationSettings settings;

    SmtpMailDelivery(JavaMailSender mail, NotificationSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    @Override
    public void deliver(Notification notification) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(notification.getRecipient());
        message.setSubject(notification.getSubject());
        message.setText(notification.getBody());
        mail.send(message);
    }
}
