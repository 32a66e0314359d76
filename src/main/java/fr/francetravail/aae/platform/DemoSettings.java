package fr.francetravail.aae.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aae.demo.day-length}: unset, an operation's days are calendar days; set (ISO-8601, at least one second, e.g.
 * {@code PT1M}), each day of an operation lasts that long, so a demo runs months in minutes. See the operation module's calendar and {@link WorkingTime}.
 */
@ConfigurationProperties("aae.demo")
public record DemoSettings(Duration dayLength) {

    public DemoSettings {
        if (dayLength != null && dayLength.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("aae.demo.day-length : durée ISO-8601 d'au moins une seconde attendue (ex. PT1M), reçu « "
                    + dayLength + " »");
        }
    }

    /** Calendar days: no compression. */
    public static DemoSettings calendarDays() {
        return new DemoSettings(null);
    }
}
