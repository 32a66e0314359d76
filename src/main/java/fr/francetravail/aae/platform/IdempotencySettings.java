package fr.francetravail.aae.platform;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code aae.idempotency.*}: how long a creating request's {@code Idempotency-Key} and its answer are kept
 * ({@code retention}: a resend within it gets the first answer, after it the key is forgotten), and how often the expired
 * keys are deleted ({@code cleanup-interval}). A value out of range stops start-up.
 */
@Validated
@ConfigurationProperties("aae.idempotency")
record IdempotencySettings(
        @NotNull @DurationMin(minutes = 1) @DurationMax(days = 30) Duration retention,
        @NotNull @DurationMin(seconds = 10) @DurationMax(days = 1) Duration cleanupInterval) {
}
