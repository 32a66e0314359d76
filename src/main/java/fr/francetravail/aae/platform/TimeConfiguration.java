package fr.francetravail.aae.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The programme runs on French time: "today" for date checks is the Paris date. */
@Configuration
class TimeConfiguration {

    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    @Bean
    Clock clock() {
        return Clock.system(FRANCE);
    }
}
