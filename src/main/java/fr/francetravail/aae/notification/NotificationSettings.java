package fr.francetravail.aae.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code aae.notifications.*}: how the outbox is delivered (see {@link NotificationDispatcher}).
 * <ul>
 * <li>{@code from}: the sender's address;</li>
 * <li>{@code retry-delay}, {@code max-attempts}: delay before the first retry (doubled at each failure) and number of
 * attempts before a message is marked FAILED;</li>
 * <li>{@code dispatch-interval}: how often an idle node looks for due messages (a busy one goes on while any is due);</li>
 * <li>{@code senders}: mails a node sends in parallel; {@code claim-size}: messages a sender claims at a time;
 * {@code claim-lease}: how long a claim lasts (a sender starts sending a claimed message only in its first half, so a
 * send must take less than half of it: the SMTP time-outs of {@code spring.mail.properties} are far shorter);</li>
 * <li>{@code rate-limit}: at most {@code mails} per {@code period} on each node (the provider's quota divided by the
 * number of nodes); unset, no limit but the SMTP server's.</li>
 * </ul>
 * A value out of range stops start-up.
 */
@Validated
@ConfigurationProperties("aae.notifications")
record NotificationSettings(
        @NotBlank String from,
        @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) Duration retryDelay,
        @NotNull @Positive @Max(20) Integer maxAttempts,
        @NotNull @DurationMin(millis = 100) @DurationMax(days = 1) Duration dispatchInterval,
        @NotNull @Positive @Max(32) Integer senders,
        @NotNull @Positive @Max(500) Integer claimSize,
        @NotNull @DurationMin(minutes = 1) @DurationMax(hours = 1) Duration claimLease,
        @Valid RateLimit rateLimit) {

    /** At most {@code mails} per {@code period}, spread evenly over it after a first burst of {@code mails}. */
    record RateLimit(@NotNull @Positive Integer mails, @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) Duration period) {
    }
}
