package fr.francetravail.aae.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.francetravail.aae.support.ProfileBinder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** The survey links' settings as each profile binds them: {@code postgres} refuses to start without its key and address. */
class SurveySettingsTest {

    private static final String KEY = "a-survey-link-key-of-32-characters-at-least";

    @Test
    void postgresTakesTheKeyAndTheAddressFromTheEnvironment() {
        var binder = ProfileBinder.of("postgres", Map.of("AAE_SURVEY_LINK_KEY", KEY, "AAE_PUBLIC_BASE_URL", "https://aae.example/"));

        assertThat(binder.bindOrCreate("aae.surveys", SurveySettings.class).linkKey()).isEqualTo(KEY);
        assertThat(binder.bindOrCreate("aae", PublicLinkSettings.class).publicBaseUrl()).isEqualTo("https://aae.example");
    }

    @Test
    void postgresWithoutThemDoesNotStart() {
        var binder = ProfileBinder.of("postgres", Map.of());

        assertThatThrownBy(() -> binder.bindOrCreate("aae.surveys", SurveySettings.class)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("aae.surveys.link-key : secret obligatoire d'au moins 32 caractères");
        assertThatThrownBy(() -> binder.bindOrCreate("aae", PublicLinkSettings.class)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("aae.public-base-url : adresse http(s):// obligatoire");
    }

    @Test
    void postgresWithAShortKeyDoesNotStart() {
        var binder = ProfileBinder.of("postgres", Map.of("AAE_SURVEY_LINK_KEY", KEY.substring(0, 31)));

        assertThatThrownBy(() -> binder.bindOrCreate("aae.surveys", SurveySettings.class)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("aae.surveys.link-key").hasMessageNotContaining(KEY.substring(0, 31));
    }

    @Test
    void devStartsWithItsFixedValues() {
        var binder = ProfileBinder.of("dev", Map.of());

        assertThat(binder.bindOrCreate("aae.surveys", SurveySettings.class).linkKey()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(binder.bindOrCreate("aae", PublicLinkSettings.class).publicBaseUrl()).isEqualTo("http://localhost:8080");
    }
}
