package fr.francetravail.aae.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class KpiSettingsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void defaultsOfApplicationYamlAreValid() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        KpiSettings settings = new Binder(ConfigurationPropertySources.get(environment)).bind("aae.kpi", KpiSettings.class).get();

        assertThat(VALIDATOR.validate(settings)).isEmpty();
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
        KpiSettings settings = new KpiSettings(Map.of(2025, 220), shares, new KpiSettings.References(new BigDecimal("0.58"),
                new BigDecimal("0.15"), new BigDecimal("0.76"), new BigDecimal("2700"), new BigDecimal("0.92"), BigDecimal.ONE,
                new BigDecimal("0.93")));

        Set<ConstraintViolation<KpiSettings>> violations = VALIDATOR.validate(settings);

        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("everyPublicShared", "territoryShares[DELD].<map value>");
    }
}
