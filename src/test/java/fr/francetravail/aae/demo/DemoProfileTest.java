package fr.francetravail.aae.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.common.Delay;
import fr.francetravail.aae.platform.AaeTimers;
import fr.francetravail.aae.platform.DemoSettings;
import fr.francetravail.aae.platform.TimerSettings;
import fr.francetravail.aae.support.ProfileBinder;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The {@code demo} profile as Spring Boot binds it: every timer of {@code application.yaml} is set, valid (bound as
 * {@link AaeTimers}' delays) and short enough for a whole operation to run in under 30 minutes.
 */
class DemoProfileTest {

    private final Binder demo = binderOf("application-demo.yaml");
    private final Duration day = demo.bind("aae.demo", DemoSettings.class).get().dayLength();
    private final AaeTimers timers = TimerSettings.of("demo");

    @Test
    void aDayLastsAMinuteAndEveryTimerIsSet() {
        assertThat(day).isEqualTo(Duration.ofMinutes(1));
        Set<String> defaults = binderOf("application.yaml").bind("aae.timers", Bindable.mapOf(String.class, String.class)).get().keySet();
        Map<String, String> demoTimers = demo.bind("aae.timers", Bindable.mapOf(String.class, String.class)).get();
        assertThat(demoTimers.keySet()).as("aucune durée laissée en jours ou en mois").containsExactlyInAnyOrderElementsOf(defaults);
        demoTimers.values().forEach(value -> assertThat(length(Delay.parse(value))).as(value).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20)));
    }

    @Test
    void stepsWithinADayStayWithinItsMinute() {
        assertThat(length(timers.workshopReminderBefore())).isLessThan(day);
        assertThat(length(timers.attendanceSheetAfter())).isLessThan(day);
        assertThat(length(timers.employerMeetingReminderBefore())).isLessThan(day);
        assertThat(length(timers.meetingResultsAfter())).isLessThan(day);
    }

    @Test
    void theCompressedOperationFitsItsCalendarAndHalfAnHour() {
        assertThat(length(timers.recruitmentDecisionDelay())).as("réponses dues avant le premier atelier, jour 6")
                .isLessThanOrEqualTo(day.multipliedBy(6));
        Duration surveyWindow = length(timers.surveyReminderAfter()).plus(length(timers.surveyCloseAfter()));
        assertThat(length(timers.outcomeM1())).as("M1 encore à venir quand le suivi commence").isGreaterThan(surveyWindow);
        assertThat(length(timers.outcomeM1())).isLessThan(length(timers.outcomeM3()));
        assertThat(length(timers.outcomeM3())).isLessThan(length(timers.outcomeM6()));
        Duration employerMeetingDay = day.multipliedBy(10);
        Duration lastCheckpoint = employerMeetingDay.plus(day).plus(length(timers.outcomeM6()));
        assertThat(lastCheckpoint).as("de la proposition au dernier point de suivi").isLessThan(Duration.ofMinutes(30));
        assertThat(length(timers.inactivityAlert())).as("pas d'alerte d'inactivité pendant l'opération de démonstration")
                .isGreaterThan(lastCheckpoint);
    }

    @Test
    void jobsAndExternalTasksArePickedUpWithinSeconds() {
        assertThat(demo.bind("aae.external-tasks.poll-interval", Duration.class).get()).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(ProfileBinder.of("demo", Map.of()).bind("camunda.bpm.job-execution.max-wait", Long.class).get())
                .as("as every profile, from application.yaml").isLessThanOrEqualTo(5000L);
    }

    private static Duration length(Delay delay) {
        return Duration.between(Instant.EPOCH, delay.after(Instant.EPOCH));
    }

    private static Binder binderOf(String resource) {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(resource, new ClassPathResource(resource))) {
                environment.getPropertySources().addLast(source);
            }
            return new Binder(ConfigurationPropertySources.from(environment.getPropertySources()),
                    null, ApplicationConversionService.getSharedInstance());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
