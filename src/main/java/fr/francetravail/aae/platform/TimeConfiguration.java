package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.Delay;
import fr.francetravail.aae.common.FrenchDates;
import java.time.Clock;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The programme runs on French time: "today" for date checks, Bean Validation included, is the Paris date. Settings
 * read ISO-8601 delays ({@link Delay}), and the models read {@link AaeTimers} as bean {@code aaeTimers}. Scheduled work
 * is enabled here.
 */
@Configuration
@EnableScheduling
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(FrenchDates.ZONE);
    }

    /** Bean Validation's « past » and « future » on the same Paris clock. */
    @Bean
    ValidationConfigurationCustomizer frenchValidationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    /** A setting's ISO-8601 text ({@code P5D}, {@code PT14H}) as a {@link Delay}; a malformed one stops start-up. */
    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, Delay> isoDelays() {
        return Delay::parse;
    }

    /**
     * The models' name for the timers, {@code ${aaeTimers.partnerReminder().iso()}}: an alias of the one bean Spring Boot
     * binds, which it names {@code <prefix>-<class name>}.
     */
    @Bean
    static BeanFactoryPostProcessor aaeTimersName() {
        return beanFactory -> beanFactory.registerAlias("aae.timers-" + AaeTimers.class.getName(), "aaeTimers");
    }
}
