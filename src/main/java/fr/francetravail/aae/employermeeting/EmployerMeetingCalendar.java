package fr.francetravail.aae.employermeeting;

import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.platform.AaeTimers;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the employer meeting's steps happen, read by the BPMN timers as {@code ${employerMeetingCalendar.reminderAt(operationId)}}:
 * the reminder the day before, the results once the meeting is over. The meeting's day begins as the
 * {@link OperationCalendar} says; the offsets come from {@code aae.timers.*}.
 */
@Component("employerMeetingCalendar")
public class EmployerMeetingCalendar {

    private final OperationService operations;
    private final OperationCalendar calendar;
    private final AaeTimers timers;

    EmployerMeetingCalendar(OperationService operations, OperationCalendar calendar, AaeTimers timers) {
        this.operations = operations;
        this.calendar = calendar;
        this.timers = timers;
    }

    public Date reminderAt(long operationId) {
        return Date.from(timers.employerMeetingReminderBefore().before(dayStart(operationId)));
    }

    public Date resultsOpenAt(long operationId) {
        return Date.from(timers.meetingResultsAfter().after(dayStart(operationId)));
    }

    private Instant dayStart(long operationId) {
        Operation operation = operations.get(operationId);
        return calendar.dayStart(operation, operation.getEmployerMeetingDate());
    }
}
