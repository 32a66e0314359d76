package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.common.Delay;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code aae.timers.*} as the service binds them at start-up, and the name the models read them by. */
class AaeTimersTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(TimeConfiguration.class, Timers.class);

    @Test
    void productionAndDemoDelays() {
        AaeTimers production = TimerSettings.production();
        assertThat(production.partnerReminder()).isEqualTo(Delay.parse("P5D"));
        assertThat(production.workshopReminderBefore()).isEqualTo(Delay.parse("PT14H"));
        assertThat(production.outcomeM6()).isEqualTo(Delay.parse("P6M"));
        assertThat(production.surveyWindow().iso()).isEqualTo("P21D");
        assertThat(production.afdasSilenceCycle()).isEqualTo("R/P30D");
        assertThat(production.inactivityCheckCycle()).isEqualTo("R/P1D");

        AaeTimers demo = TimerSettings.of("demo");
        assertThat(demo.partnerReminder()).isEqualTo(Delay.parse("PT3M"));
        assertThat(demo.surveyWindow().iso()).isEqualTo("PT2M");
        assertThat(demo.afdasSilenceCycle()).isEqualTo("R/PT10M");
    }

    @Test
    void acceptsIsoDurationsAndTheModelsReadThemAsAaeTimers() {
        service.withPropertyValues("aae.timers.partner-reminder=PT2M").run(context -> {
            AaeTimers timers = context.getBean(AaeTimers.class);
            assertThat(context.getBean("aaeTimers")).isSameAs(timers);
            assertThat(timers.partnerReminder()).isEqualTo(Delay.parse("PT2M"));
            assertThat(timers.partnerEscalation()).isEqualTo(Delay.parse("P21D"));
        });
    }

    @Test
    void aMalformedDelayStopsStartUpNamingTheProperty() {
        service.withPropertyValues("aae.timers.partner-escalation=21 jours").run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining("aae.timers.partner-escalation").hasStackTraceContaining("reçu « 21 jours »"));
        service.withPropertyValues("aae.timers.partner-escalation=-P1D").run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining("aae.timers.partner-escalation").hasStackTraceContaining("reçu « -P1D »"));
        service.withPropertyValues("aae.timers.partner-escalation=").run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining("aae.timers.partner-escalation").hasStackTraceContaining("reçu «  »"));
    }

    @Test
    void aMissingDelayStopsStartUpNamingIt() {
        new ApplicationContextRunner().withUserConfiguration(TimeConfiguration.class, Timers.class)
                .withPropertyValues("aae.timers.partner-reminder=P5D")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("partnerEscalation")
                        .hasStackTraceContaining("outcomeQualificationDue"));
    }

    @EnableConfigurationProperties(AaeTimers.class)
    static class Timers {
    }
}
