package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.francetravail.aae.support.ProfileBinder;
import jakarta.validation.Validation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** The failed-login limits as production binds and validates them, and the break-glass accounts from the environment. */
class LoginSettingsTest {

    @Test
    void productionLimitsAndNoAccountToUnlockByDefault() {
        LoginSettings settings = bind(ProfileBinder.of("postgres", Map.of()));

        assertThat(settings.accountLockFirst()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.accountLockFactor()).isEqualTo(2);
        assertThat(settings.accountLockMax()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.clientFailures()).isEqualTo(30);
        assertThat(settings.clientPeriod()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.unlock()).isEmpty();
    }

    @Test
    void theBreakGlassNamesAccountsInTheEnvironment() {
        assertThat(bind(ProfileBinder.of("postgres", Map.of("AAE_LOGIN_UNLOCK", "admin, exploitation"))).unlock())
                .isEqualTo(List.of("admin", "exploitation"));
    }

    @Test
    void limitsOutOfRangeStopStartUp() {
        assertThatThrownBy(() -> bind(ProfileBinder.of("postgres", Map.of("aae.login.account-lock-first", "PT0.5S"))))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("accountLockFirst");
        assertThatThrownBy(() -> bind(ProfileBinder.of("postgres", Map.of("aae.login.account-lock-first", "PT10M"))))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("aae.login.account-lock-first ne doit pas dépasser aae.login.account-lock-max");
        assertThatThrownBy(() -> bind(ProfileBinder.of("postgres", Map.of("aae.login.client-failures", "0"))))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("clientFailures");
    }

    private static LoginSettings bind(Binder binder) {
        var validator = new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());
        return binder.bind("aae.login", Bindable.of(LoginSettings.class), new ValidationBindHandler(validator)).get();
    }
}
