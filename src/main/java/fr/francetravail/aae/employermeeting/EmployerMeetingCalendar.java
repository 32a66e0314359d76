package fr.francetravail.aae.employermeeting;

import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.platform.AaeTimers;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the employer meeting's steps happen, read by the BPMN timers as {@code ${employerMeetingCalendar.reminderAt(operationId)}}:
 * the reminder the day before, the results once the meeting is over. The offsets come from {@code aae.timers.*}.
 */
@Component("employerMeetingCalendar")
public class EmployerMeetingCalendar {

    private final OperationService operations;
    private final AaeTimers timers;
    private final Clock clock;

    EmployerMeetingCalendar(OperationService operations, AaeTimers timers, Clock clock) {
        this.operations = operations;
        this.timers = timers;
        this.clock = clock;
    }

    public Date reminderAt(long operationId) {
        return Date.from(AaeTimers.minus(dayStart(operationId), timers.employerMeetingReminderBefore()));
    }

    public Date resultsOpenAt(long operationId) {
        return Date.from(AaeTimers.plus(dayStart(operationId), timers.meetingResultsAfter()));
    }

    private Instant dayStart(long operationId) {
        return operations.get(operationId).getEmployerMeetingDate().atStartOfDay(clock.getZone()).toInstant();
    }
}
