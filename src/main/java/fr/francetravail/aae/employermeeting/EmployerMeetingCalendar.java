package fr.francetravail.aae.employermeeting;

import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.platform.AaeTimers;
import fr.francetravail.aae.platform.WorkingTime;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the employer meeting's steps happen, read by the BPMN timers as {@code ${employerMeetingCalendar.reminderAt(operationId)}}:
 * the reminder the day before (also the due date of « Inviter les entreprises »), the results once the meeting is over.
 * The meeting's day begins as the {@link OperationCalendar} says; the offsets come from {@code aae.timers.*}. Both land on
 * a working day ({@link WorkingTime}): the reminder of a Monday's meeting goes on the Friday before.
 */
@Component("employerMeetingCalendar")
public class EmployerMeetingCalendar {

    private final OperationService operations;
    private final OperationCalendar calendar;
    private final AaeTimers timers;
    private final WorkingTime workingTime;

    EmployerMeetingCalendar(OperationService operations, OperationCalendar calendar, AaeTimers timers, WorkingTime workingTime) {
        this.operations = operations;
        this.calendar = calendar;
        this.timers = timers;
        this.workingTime = workingTime;
    }

    public Date reminderAt(long operationId) {
        return Date.from(workingTime.onOrBefore(timers.employerMeetingReminderBefore().before(dayStart(operationId))));
    }

    public Date resultsOpenAt(long operationId) {
        return Date.from(workingTime.onOrAfter(timers.meetingResultsAfter().after(dayStart(operationId))));
    }

    private Instant dayStart(long operationId) {
        Operation operation = operations.get(operationId);
        return calendar.dayStart(operation, operation.getEmployerMeetingDate());
    }
}
