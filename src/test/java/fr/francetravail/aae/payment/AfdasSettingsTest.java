package fr.francetravail.aae.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.francetravail.aae.support.ProfileBinder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;

/** {@code aae.afdas.*} as each profile binds it: {@code postgres} refuses to start without AFDAS's address and a strong secret. */
class AfdasSettingsTest {

    private static final String SECRET = "a-callback-secret-of-32-characters-at-least";

    @Test
    void postgresTakesTheAddressAndTheSecretFromTheEnvironment() {
        AfdasSettings settings = bind(ProfileBinder.of("postgres", production()));

        assertThat(settings.baseUrl()).isEqualTo("https://afdas.example/api");
        assertThat(settings.callbackSecret()).isEqualTo(SECRET);
    }

    @Test
    void postgresWithoutTheSecretDoesNotStart() {
        Map<String, String> environment = production();
        environment.remove("AAE_AFDAS_CALLBACK_SECRET");

        assertRefused(environment, "aae.afdas.callback-secret : secret obligatoire d'au moins 32 caractères");
    }

    @Test
    void postgresWithAShortSecretDoesNotStart() {
        Map<String, String> environment = production();
        environment.put("AAE_AFDAS_CALLBACK_SECRET", SECRET.substring(0, 31));

        assertRefused(environment, "aae.afdas.callback-secret");
    }

    @Test
    void postgresWithoutAfdasAddressDoesNotStart() {
        Map<String, String> environment = production();
        environment.remove("AAE_AFDAS_URL");

        assertRefused(environment, "aae.afdas.base-url : adresse http(s):// obligatoire");
    }

    @Test
    void devStartsWithItsFixedValues() {
        AfdasSettings settings = bind(ProfileBinder.of("dev", Map.of()));

        assertThat(settings.baseUrl()).isEqualTo("http://localhost:8080/simulators/afdas");
        assertThat(settings.callbackSecret()).hasSizeGreaterThanOrEqualTo(32);
    }

    private static Map<String, String> production() {
        return new HashMap<>(Map.of("AAE_AFDAS_URL", "https://afdas.example/api", "AAE_AFDAS_CALLBACK_SECRET", SECRET));
    }

    private static void assertRefused(Map<String, String> environment, String reason) {
        assertThatThrownBy(() -> bind(ProfileBinder.of("postgres", environment))).isInstanceOf(BindException.class)
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason).hasMessageNotContaining("a-callback");
    }

    private static AfdasSettings bind(Binder binder) {
        return binder.bindOrCreate("aae.afdas", AfdasSettings.class);
    }
}
