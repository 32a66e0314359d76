package fr.francetravail.aae.employermeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.francetravail.aae.common.FrenchDates;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.platform.DemoSettings;
import fr.francetravail.aae.platform.TimerSettings;
import fr.francetravail.aae.platform.WorkingTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The employer meeting's reminder (the due date of « Inviter les entreprises ») and results, on working days. */
class EmployerMeetingCalendarTest {

    private static final long OPERATION = 7L;

    private final OperationService operations = mock(OperationService.class);
    private final EmployerMeetingCalendar calendar = new EmployerMeetingCalendar(operations,
            new OperationCalendar(Clock.system(FrenchDates.ZONE), DemoSettings.calendarDays()), TimerSettings.production(),
            new WorkingTime(DemoSettings.calendarDays()));

    @ParameterizedTest(name = "rencontre le {0} : rappel {1}, résultats {2}")
    @CsvSource({
            "2027-03-31, 2027-03-30T10:00+02:00, 2027-03-31T17:00+02:00",
            // Monday: reminded on the Friday before
            "2027-04-12, 2027-04-09T10:00+02:00, 2027-04-12T17:00+02:00",
            // Tuesday after Easter Monday: reminded on the Friday before the Easter weekend (winter time then)
            "2027-03-30, 2027-03-26T10:00+01:00, 2027-03-30T17:00+02:00",
            "2026-04-07, 2026-04-03T10:00+02:00, 2026-04-07T17:00+02:00",
            // confirmed on a Saturday: its results are recorded on Monday
            "2027-03-13, 2027-03-12T10:00+01:00, 2027-03-15T17:00+01:00"})
    void theReminderAndTheResultsLandOnWorkingDays(LocalDate meetingDay, OffsetDateTime reminder, OffsetDateTime results) {
        Operation operation = mock(Operation.class);
        when(operation.getEmployerMeetingDate()).thenReturn(meetingDay);
        when(operations.get(OPERATION)).thenReturn(operation);

        assertThat(calendar.reminderAt(OPERATION)).isEqualTo(Date.from(reminder.toInstant()));
        assertThat(calendar.resultsOpenAt(OPERATION)).isEqualTo(Date.from(results.toInstant()));
    }
}
