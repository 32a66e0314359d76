package fr.francetravail.aae.workshop;

import fr.francetravail.aae.platform.AaeTimers;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When each step of a workshop happens, read by the BPMN timers as {@code ${workshopCalendar.reminderAt(workshopId)}}:
 * the participants' reminder the day before, the attendance sheet after the workshop, and its due date. The offsets
 * come from {@code aae.timers.*}.
 */
@Component("workshopCalendar")
public class WorkshopCalendar {

    private final WorkshopSessionRepository sessions;
    private final AaeTimers timers;
    private final Clock clock;

    WorkshopCalendar(WorkshopSessionRepository sessions, AaeTimers timers, Clock clock) {
        this.sessions = sessions;
        this.timers = timers;
        this.clock = clock;
    }

    public Date reminderAt(long workshopId) {
        return Date.from(AaeTimers.minus(dayStart(workshopId), timers.workshopReminderBefore()));
    }

    public Date sheetOpensAt(long workshopId) {
        return Date.from(AaeTimers.plus(dayStart(workshopId), timers.attendanceSheetAfter()));
    }

    public Date attendanceDueAt(long workshopId) {
        return Date.from(AaeTimers.plus(sheetOpensAt(workshopId).toInstant(), timers.attendanceDue()));
    }

    private Instant dayStart(long workshopId) {
        WorkshopSession session = sessions.findById(workshopId).orElseThrow(() -> new IllegalArgumentException("Atelier inconnu : " + workshopId));
        return session.getWorkshopDate().atStartOfDay(clock.getZone()).toInstant();
    }
}
