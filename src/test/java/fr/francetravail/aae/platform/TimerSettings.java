package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.Delay;
import fr.francetravail.aae.support.ProfileBinder;
import java.util.Map;
import org.springframework.boot.convert.ApplicationConversionService;

/** {@link AaeTimers} as Spring Boot binds them for a profile, for the tests of every package. */
public final class TimerSettings {

    private TimerSettings() {
    }

    /** The production delays: {@code application.yaml}'s. */
    public static AaeTimers production() {
        return of("postgres");
    }

    /** {@code application.yaml}'s delays with {@code application-<profile>.yaml}'s over them. */
    public static AaeTimers of(String profile) {
        ApplicationConversionService conversions = new ApplicationConversionService();
        conversions.addConverter(String.class, Delay.class, TimeConfiguration.isoDelays());
        return ProfileBinder.of(profile, Map.of(), conversions).bind("aae.timers", AaeTimers.class).get();
    }
}
