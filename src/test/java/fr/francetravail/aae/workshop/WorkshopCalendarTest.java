package fr.francetravail.aae.workshop;

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
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A workshop's reminder, attendance sheet and due date, on working days with the production timers. */
class WorkshopCalendarTest {

    private static final long OPERATION = 7L;
    private static final long WORKSHOP = 201L;

    private final WorkshopSessionRepository sessions = mock(WorkshopSessionRepository.class);
    private final OperationService operations = mock(OperationService.class);
    private final Clock clock = Clock.system(FrenchDates.ZONE);
    private final WorkshopCalendar calendar = new WorkshopCalendar(sessions, operations,
            new OperationCalendar(clock, DemoSettings.calendarDays()), TimerSettings.production(), new WorkingTime(DemoSettings.calendarDays()));

    @ParameterizedTest(name = "atelier le {0} : rappel {1}, feuille {2}, due {3}")
    @CsvSource({
            // Tuesday: the eve at 10:00, the sheet at 17:00, due two days later (Thursday)
            "2027-03-02, 2027-03-01T10:00+01:00, 2027-03-02T17:00+01:00, 2027-03-04T17:00+01:00",
            // Monday: reminded the Friday before; Thursday's sheet due on Saturday, so Monday
            "2027-03-08, 2027-03-05T10:00+01:00, 2027-03-08T17:00+01:00, 2027-03-10T17:00+01:00",
            "2027-03-11, 2027-03-10T10:00+01:00, 2027-03-11T17:00+01:00, 2027-03-15T17:00+01:00",
            // Wednesday 15 July 2026: its eve is the Fête nationale, reminded on Monday 13
            "2026-07-15, 2026-07-13T10:00+02:00, 2026-07-15T17:00+02:00, 2026-07-17T17:00+02:00",
            // confirmed on Ascension Thursday 2027: the sheet opens on Friday, due on Monday
            "2027-05-06, 2027-05-05T10:00+02:00, 2027-05-07T17:00+02:00, 2027-05-10T17:00+02:00"})
    void everyStepLandsOnAWorkingDay(LocalDate workshopDay, String reminder, String sheet, String due) {
        when(sessions.findById(WORKSHOP)).thenReturn(Optional.of(new WorkshopSession(OPERATION, 1, workshopDay)));
        when(operations.get(OPERATION)).thenReturn(mock(Operation.class));

        assertThat(calendar.reminderAt(WORKSHOP)).isEqualTo(at(reminder));
        assertThat(calendar.sheetOpensAt(WORKSHOP)).isEqualTo(at(sheet));
        assertThat(calendar.attendanceDueAt(WORKSHOP)).isEqualTo(at(due));
    }

    private static Date at(String offsetDateTime) {
        return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
    }
}
