package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine's business calendars move every resolved date to a working day, except under compressed time. */
class WorkingDayCalendarsPluginTest {

    /** Thursday 9 July 2026, 10:00 in Paris. */
    private static final Instant THURSDAY = Instant.parse("2026-07-09T08:00:00Z");
    /** Wednesday 15 July 2026, 10:00 in Paris: the working day after the Fête nationale (Tuesday 14). */
    private static final Instant WEDNESDAY_AFTER_THE_HOLIDAY = Instant.parse("2026-07-15T08:00:00Z");

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void durationsAndDueDatesLandOnTheNextWorkingDayAtTheSameTime() {
        BusinessCalendarManager calendars = calendars(DemoSettings.calendarDays());
        ClockUtil.setCurrentTime(Date.from(THURSDAY));

        assertThat(calendars.getBusinessCalendar("duration").resolveDuedate("P5D", Date.from(THURSDAY)))
                .isEqualTo(Date.from(WEDNESDAY_AFTER_THE_HOLIDAY));
        assertThat(calendars.getBusinessCalendar("dueDate").resolveDuedate("P5D")).as("a user task's due date")
                .isEqualTo(Date.from(WEDNESDAY_AFTER_THE_HOLIDAY));
        assertThat(calendars.getBusinessCalendar("dueDate").resolveDuedate("2026-07-11T10:00:00+02:00")).as("an ISO date on a Saturday")
                .isEqualTo(Date.from(Instant.parse("2026-07-13T08:00:00Z")));
        assertThat(calendars.getBusinessCalendar("duration").resolveDuedate("P7D", Date.from(THURSDAY))).as("a working day stays")
                .isEqualTo(Date.from(THURSDAY.plus(Duration.ofDays(7))));
    }

    @Test
    void eachRepetitionOfACycleLandsOnAWorkingDay() {
        CycleBusinessCalendar cycle = (CycleBusinessCalendar) calendars(DemoSettings.calendarDays()).getBusinessCalendar("cycle");
        // Friday 10 July 2026, 10:00: the next day is a Saturday
        Instant friday = Instant.parse("2026-07-10T08:00:00Z");
        ClockUtil.setCurrentTime(Date.from(friday));

        assertThat(cycle.resolveDuedate("R/P1D", Date.from(friday))).isEqualTo(Date.from(Instant.parse("2026-07-13T08:00:00Z")));
    }

    @Test
    void compressedTimeHasNoWeekends() {
        BusinessCalendarManager calendars = calendars(new DemoSettings(Duration.ofMinutes(1)));

        assertThat(calendars.getBusinessCalendar("duration").resolveDuedate("P5D", Date.from(THURSDAY)))
                .isEqualTo(Date.from(THURSDAY.plus(Duration.ofDays(5))));
    }

    @Test
    void aReminderBeforeADayGoesBackToThePreviousWorkingDay() {
        WorkingTime workingTime = new WorkingTime(DemoSettings.calendarDays());
        // Sunday 12 July 2026, 10:00 (the eve of a Monday's workshop): Friday 10, 10:00
        Instant sunday = Instant.parse("2026-07-12T08:00:00Z");

        assertThat(workingTime.onOrBefore(sunday)).isEqualTo(Instant.parse("2026-07-10T08:00:00Z"));
        assertThat(workingTime.onOrAfter(sunday)).isEqualTo(Instant.parse("2026-07-13T08:00:00Z"));
        assertThat(new WorkingTime(new DemoSettings(Duration.ofMinutes(1))).onOrBefore(sunday)).isEqualTo(sunday);
    }

    private static BusinessCalendarManager calendars(DemoSettings demo) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        new WorkingDayCalendarsPlugin(new WorkingTime(demo)).preInit(configuration);
        return configuration.getBusinessCalendarManager();
    }
}
