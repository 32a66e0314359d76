package fr.francetravail.aae.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The programme runs on French time: "today" for date checks, Bean Validation included, is the Paris date. Scheduled work is enabled here. */
@Configuration
@EnableScheduling
class TimeConfiguration {

    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    @Bean
    Clock clock() {
        return Clock.system(FRANCE);
    }

    /** Bean Validation's « past » and « future » on the same Paris clock. */
    @Bean
    ValidationConfigurationCustomizer frenchValidationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
