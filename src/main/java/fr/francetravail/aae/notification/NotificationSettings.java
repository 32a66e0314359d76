package fr.francetravail.aae.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aae.notifications.*}: sender address, delay before the first retry (doubled at each failure) and number of
 * attempts before a message is marked FAILED.
 */
@ConfigurationProperties("aae.notifications")
record NotificationSettings(String from, Duration retryDelay, int maxAttempts) {

    NotificationSettings {
        from = from == null ? "ne-pas-repondre@aae.francetravail.fr" : from;
        retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
        maxAttempts = maxAttempts <= 0 ? 6 : maxAttempts;
    }
}
