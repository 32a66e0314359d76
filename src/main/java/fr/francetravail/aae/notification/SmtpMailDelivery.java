package fr.francetravail.aae.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Delivery through the SMTP server of {@code spring.mail.*} (the default): the only place a message's secret link is
 * rendered, into the mail handed to the server. Each message of the outbox keeps one {@code Message-ID} whichever node
 * sends it and however often ({@code <aae-notification-<id>.<creation, epoch ms>@<sender's domain>>}): the outbox
 * delivers at least once, and the rare second delivery after a node died mid-send carries the same id (mail servers and
 * archives that de-duplicate by it keep one; the creation instant tells it from a message of the same id in another database).
 */
@Component
@ConditionalOnProperty(name = "aae.notifications.delivery", havingValue = "smtp", matchIfMissing = true)
class SmtpMailDelivery implements MailDelivery {

    private final JavaMailSender mail;
    private final NotificationSettings settings;
    private final Map<String, SecretLinkRenderer> renderers;

    SmtpMailDelivery(JavaMailSender mail, NotificationSettings settings, List<SecretLinkRenderer> renderers) {
        this.mail = mail;
        this.settings = settings;
        this.renderers = renderers.stream().collect(Collectors.toMap(SecretLinkRenderer::kind, Function.identity()));
    }

    @Override
    public void deliver(Notification notification) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message);
            helper.setFrom(settings.from());
            helper.setTo(notification.getRecipient());
            helper.setSubject(notification.getSubject());
            helper.setText(notification.bodyToSend(this::render));
            // kept by JavaMailSenderImpl when it saves the message (an explicit Message-ID is not regenerated)
            message.setHeader("Message-ID", messageId(notification, (InternetAddress) message.getFrom()[0]));
        } catch (MessagingException e) {
            throw new MailPreparationException("Message " + notification.getId() + " impossible à composer", e);
        }
        mail.send(message);
    }

    /** The message's id and creation instant: the same at every attempt; another database's message of that id has another instant. */
    private static String messageId(Notification notification, InternetAddress sender) {
        String address = sender.getAddress();
        return "<aae-notification-" + notification.getId() + "." + notification.getCreatedAt().toEpochMilli() + "@"
                + address.substring(address.indexOf('@') + 1) + ">";
    }

    private String render(SecretLink link) {
        SecretLinkRenderer renderer = renderers.get(link.kind());
        if (renderer == null) {
            throw new IllegalStateException("Aucun moyen de produire un lien de type " + link.kind());
        }
        return renderer.render(link.reference());
    }
}
