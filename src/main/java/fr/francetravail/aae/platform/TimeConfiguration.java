package fr.francetravail.aae.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The programme runs on French time: "today" for date checks is the Paris date. Scheduled work is enabled here. */
@Configuration
@EnableScheduling
class TimeConfiguration {

    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    @Bean
    Clock clock() {
        return Clock.system(FRANCE);
    }
}
