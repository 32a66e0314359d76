package fr.francetravail.aae.notification;

import org.springframework.boot.actuate.mail.MailHealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP server is part of the service's health (the « mail » check, in the readiness group) only where mails are
 * delivered through it, like {@link SmtpMailDelivery}; mails written to the log need no server. Spring Boot's own mail
 * check, which would report on the server whatever the delivery, is off ({@code management.health.mail.enabled}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aae.notifications.delivery", havingValue = "smtp", matchIfMissing = true)
class SmtpHealthConfiguration {

    @Bean
    MailHealthIndicator mailHealthIndicator(JavaMailSenderImpl mail) {
        return new MailHealthIndicator(mail);
    }
}
