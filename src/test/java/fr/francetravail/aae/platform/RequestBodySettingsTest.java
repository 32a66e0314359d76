package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.ProfileBinder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.util.unit.DataSize;

/** {@code aae.request-bodies.*} as every profile binds it, valid, and Tomcat's own limits consistent with it. */
class RequestBodySettingsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void everyProfileBindsValidLimits() {
        for (String profile : new String[] {"dev", "demo", "postgres"}) {
            RequestBodySettings settings = bind(ProfileBinder.of(profile, Map.of()));

            assertThat(VALIDATOR.validate(settings)).as(profile).isEmpty();
            assertThat(settings).as(profile).isEqualTo(new RequestBodySettings(DataSize.ofKilobytes(256), DataSize.ofKilobytes(16),
                    DataSize.ofKilobytes(128), DataSize.ofMegabytes(1), DataSize.ofKilobytes(16), DataSize.ofKilobytes(16)));
        }
    }

    @Test
    void tomcatParsesEveryFormTheLimitsAccept() {
        Binder binder = ProfileBinder.of("dev", Map.of());
        DataSize formLimit = binder.bind("server.tomcat.max-http-form-post-size", DataSize.class).get();

        assertThat(formLimit).isEqualTo(bind(binder).limits().max(DataSize::compareTo).orElseThrow());
        assertThat(binder.bind("server.tomcat.max-swallow-size", DataSize.class).get()).isEqualTo(DataSize.ofKilobytes(64));
        assertThat(binder.bind("server.max-http-request-header-size", DataSize.class).get()).isEqualTo(DataSize.ofKilobytes(8));
    }

    @Test
    void aLimitMissingOrOutsideItsBoundsIsRefused() {
        DataSize ok = DataSize.ofKilobytes(16);

        assertThat(VALIDATOR.validate(new RequestBodySettings(ok, ok, null, ok, ok, ok)))
                .extracting(v -> v.getPropertyPath().toString()).containsExactly("api");
        assertThat(VALIDATOR.validate(new RequestBodySettings(ok, DataSize.ofBytes(0), ok, DataSize.ofMegabytes(11), ok, ok)))
                .extracting(v -> v.getMessage())
                .containsExactly("aae.request-bodies : chaque limite doit être comprise entre 1KB et 10MB");
    }

    private static RequestBodySettings bind(Binder binder) {
        return binder.bind("aae.request-bodies", RequestBodySettings.class).get();
    }
}
