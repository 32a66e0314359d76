package fr.francetravail.aae.platform;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code aae.login.*}: how failed password checks slow an attacker down, whichever door they come through.
 * <ul>
 * <li>Per account (Camunda's lock, kept in the database so that every node of a cluster honours it): after each failed
 * check the account refuses every password for {@code account-lock-first}, multiplied by {@code account-lock-factor} at
 * each further failure, up to {@code account-lock-max}; a correct password once the lock is over resets it. The lock is
 * never permanent.</li>
 * <li>Per client address (on each node): {@code client-failures} failed checks are allowed in a burst, then one more
 * every {@code client-period} / {@code client-failures}; beyond, every login from that address is answered 429 until
 * then, without checking anything.</li>
 * <li>{@code unlock}: accounts unlocked when the service starts (break-glass for a locked-out administrator).</li>
 * </ul>
 * A value out of range stops start-up.
 */
@Validated
@ConfigurationProperties("aae.login")
record LoginSettings(
        @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 1) Duration accountLockFirst,
        @NotNull @Positive Integer accountLockFactor,
        @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 1) Duration accountLockMax,
        @NotNull @Positive Integer clientFailures,
        @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) Duration clientPeriod,
        List<String> unlock) {

    @AssertTrue(message = "aae.login.account-lock-first ne doit pas dépasser aae.login.account-lock-max")
    boolean isFirstLockWithinMax() {
        return accountLockFirst == null || accountLockMax == null || accountLockFirst.compareTo(accountLockMax) <= 0;
    }

    LoginSettings {
        unlock = unlock == null ? List.of() : unlock.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
    }
}
