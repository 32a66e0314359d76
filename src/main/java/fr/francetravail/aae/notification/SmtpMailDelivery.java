package fr.francetravail.aae.notification;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivery through the SMTP server of {@code spring.mail.*} (the default): the only place a message's secret link is
 * rendered, into the mail handed to the server.
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
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(notification.getRecipient());
        message.setSubject(notification.getSubject());
        message.setText(notification.bodyToSend(this::render));
        mail.send(message);
    }

    private String render(SecretLink link) {
        SecretLinkRenderer renderer = renderers.get(link.kind());
        if (renderer == null) {
            throw new IllegalStateException("Aucun moyen de produire un lien de type " + link.kind());
        }
        return renderer.render(link.reference());
    }
}
