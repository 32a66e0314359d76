package fr.francetravail.aae.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.francetravail.aae.support.ProfileBinder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

class KpiSettingsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void defaultsOfApplicationYamlAreValid() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        KpiSettings settings = new Binder(ConfigurationPropertySources.get(environment)).bind("aae.kpi", KpiSettings.class).get();

        assertThat(VALIDATOR.validate(settings)).isEmpty();
        assertThat(settings.compactionInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.targetOf(2024)).isNull();
        assertThat(settings.targetOf(2025)).isEqualTo(220);
        assertThat(settings.targetOf(2026)).isEqualTo(510);
        assertThat(settings.targetOf(2027)).isEqualTo(800);
        assertThat(settings.targetOf(2031)).isEqualTo(800);
        assertThat(settings.territoryShares()).containsOnlyKeys(PriorityPublic.values());
        assertThat(settings.references().lumpSum()).isEqualByComparingTo("2700.00").hasToString("2700.00");
    }

    @Test
    void aMissingPublicOrAShareAboveOneIsRefused() {
        Map<PriorityPublic, BigDecimal> shares = new EnumMap<>(PriorityPublic.class);
        shares.put(PriorityPublic.DELD, new BigDecimal("1.2"));
        KpiSettings settings = new KpiSettings(Duration.ofSeconds(10), Map.of(2025, 220), shares, new KpiSettings.References(new BigDecimal("0.58"),
                new BigDecimal("0.15"), new BigDecimal("0.76"), new BigDecimal("2700"), new BigDecimal("0.92"), BigDecimal.ONE,
                new BigDecimal("0.93")));

        Set<ConstraintViolation<KpiSettings>> violations = VALIDATOR.validate(settings);

        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("everyPublicShared", "territoryShares[DELD].<map value>");
    }

    /**
     * How often the totals are folded ({@code KpiTotalsCompaction}): none, every millisecond or once a few days is refused
     * at start-up, naming the setting (a zero interval used to stop start-up with a bare IllegalArgumentException).
     */
    @Test
    void aCompactionIntervalOutOfRangeStopsStartUp() {
        for (String interval : List.of("PT0S", "-PT10S", "PT0.001S", "P3D")) {
            assertThatThrownBy(() -> bind(Map.of("aae.kpi.compaction-interval", interval))).as(interval)
                    .isInstanceOf(BindException.class).rootCause().hasMessageContaining("aae.kpi.compaction-interval");
        }
    }

    private static KpiSettings bind(Map<String, String> values) {
        return ProfileBinder.of("postgres", values).bind("aae.kpi", Bindable.of(KpiSettings.class),
                new ValidationBindHandler(new SpringValidatorAdapter(VALIDATOR))).get();
    }
}
