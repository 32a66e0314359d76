package fr.francetravail.aae.platform;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code aae.idempotency.*}: how long a creating request's {@code Idempotency-Key} and its answer are kept
 * ({@code retention}: a resend within it gets the first answer, after it the key is forgotten), how often the expired
 * keys are deleted ({@code cleanup-interval}), and after how long a key whose request neither wrote nor answered is
 * taken to be the key of a request that died with its node ({@code running-lease}, longer than any request: a resend
 * then runs). A value out of range stops start-up.
 */
@Validated
@ConfigurationProperties("aae.idempotency")
record IdempotencySettings(
        @NotNull @DurationMin(minutes = 1) @DurationMax(days = 30) Duration retention,
        @NotNull @DurationMin(seconds = 10) @DurationMax(days = 1) Duration cleanupInterval,
        @NotNull @DurationMin(seconds = 30) @DurationMax(hours = 1) Duration runningLease) {
}
