package fr.francetravail.aae.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.francetravail.aae.support.ProfileBinder;
import jakarta.validation.Validation;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** The outbox's settings as production binds and validates them. */
class NotificationSettingsTest {

    @Test
    void productionDefaults() {
        NotificationSettings settings = bind(ProfileBinder.of("postgres", Map.of()));

        assertThat(settings.from()).isEqualTo("ne-pas-repondre@aae.francetravail.fr");
        assertThat(settings.retryDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.maxAttempts()).isEqualTo(6);
        assertThat(settings.dispatchInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.senders()).isEqualTo(4);
        assertThat(settings.claimSize()).isEqualTo(10);
        assertThat(settings.claimLease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.rateLimit()).as("pas de limite de débit par défaut").isNull();
    }

    @Test
    void theProvidersQuota() {
        NotificationSettings settings = bind(ProfileBinder.of("postgres", Map.of(
                "aae.notifications.rate-limit.mails", "30", "aae.notifications.rate-limit.period", "PT1M")));

        assertThat(settings.rateLimit()).isEqualTo(new NotificationSettings.RateLimit(30, Duration.ofMinutes(1)));
    }

    @Test
    void valuesOutOfRangeStopStartUp() {
        assertRefused(Map.of("aae.notifications.senders", "0"), "aae.notifications.senders");
        assertRefused(Map.of("aae.notifications.claim-size", "501"), "aae.notifications.claim-size");
        // half a lease must outlast a send and its SMTP time-outs
        assertRefused(Map.of("aae.notifications.claim-lease", "PT30S"), "aae.notifications.claim-lease");
        assertRefused(Map.of("aae.notifications.max-attempts", "0"), "aae.notifications.max-attempts");
        assertRefused(Map.of("aae.notifications.from", " "), "aae.notifications.from");
        assertRefused(Map.of("aae.notifications.rate-limit.mails", "0", "aae.notifications.rate-limit.period", "PT1M"),
                "aae.notifications.rate-limit.mails");
        assertRefused(Map.of("aae.notifications.rate-limit.mails", "30"), "aae.notifications.rate-limit.period");
    }

    private static void assertRefused(Map<String, String> values, String property) {
        assertThatThrownBy(() -> bind(ProfileBinder.of("postgres", values))).as("%s", values)
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining(property);
    }

    private static NotificationSettings bind(Binder binder) {
        var validator = new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());
        return binder.bind("aae.notifications", Bindable.of(NotificationSettings.class), new ValidationBindHandler(validator)).get();
    }
}
