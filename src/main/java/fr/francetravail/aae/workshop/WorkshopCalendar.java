package fr.francetravail.aae.workshop;

import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.platform.AaeTimers;
import fr.francetravail.aae.platform.WorkingTime;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When each step of a workshop happens, read by the BPMN timers as {@code ${workshopCalendar.reminderAt(workshopId)}}:
 * the participants' reminder the day before, the attendance sheet after the workshop, and its due date. The workshop's
 * day begins as the {@link OperationCalendar} says; the offsets come from {@code aae.timers.*}. Each lands on a working
 * day ({@link WorkingTime}): the reminder of a Monday's workshop goes on the Friday before, a sheet that would open on a
 * Saturday (a workshop confirmed on that day) opens on Monday, and its due date is a working day.
 */
@Component("workshopCalendar")
public class WorkshopCalendar {

    private final WorkshopSessionRepository sessions;
    private final OperationService operations;
    private final OperationCalendar calendar;
    private final AaeTimers timers;
    private final WorkingTime workingTime;

    WorkshopCalendar(WorkshopSessionRepository sessions, OperationService operations, OperationCalendar calendar, AaeTimers timers,
            WorkingTime workingTime) {
        this.sessions = sessions;
        this.operations = operations;
        this.calendar = calendar;
        this.timers = timers;
        this.workingTime = workingTime;
    }

    public Date reminderAt(long workshopId) {
        return Date.from(workingTime.onOrBefore(timers.workshopReminderBefore().before(dayStart(workshopId))));
    }

    public Date sheetOpensAt(long workshopId) {
        return Date.from(workingTime.onOrAfter(timers.attendanceSheetAfter().after(dayStart(workshopId))));
    }

    public Date attendanceDueAt(long workshopId) {
        return Date.from(workingTime.onOrAfter(timers.attendanceDue().after(sheetOpensAt(workshopId).toInstant())));
    }

    private Instant dayStart(long workshopId) {
        WorkshopSession session = sessions.findById(workshopId).orElseThrow(() -> new IllegalArgumentException("Atelier inconnu : " + workshopId));
        return calendar.dayStart(operations.get(session.getOperationId()), session.getWorkshopDate());
    }
}
