package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.FrenchDates;
import fr.francetravail.aae.common.WorkingDays;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Where the programme's computed instants land: a due date, a reminder, a follow-up falling on a weekend or a French
 * public holiday is moved to the same Paris time of the next working day ({@link WorkingDays}); a reminder that must
 * come before a day goes back to the previous working day instead. The engine's business calendar
 * ({@link WorkingDayCalendarsPlugin}) and the features' calendars apply this one rule.
 * <p>
 * Under compressed time ({@code aae.demo.day-length}) instants stay as they are: a compressed day is a minute, not a
 * calendar day, and moving a demo's timers to the next real Monday would stop it for the weekend.
 */
@Component
public class WorkingTime {

    private final boolean calendarDays;

    public WorkingTime(DemoSettings demo) {
        this.calendarDays = demo.dayLength() == null;
    }

    /** The instant, or the same Paris time on the next working day. */
    public Instant onOrAfter(Instant at) {
        return calendarDays ? WorkingDays.onOrAfter(at.atZone(FrenchDates.ZONE)).toInstant() : at;
    }

    /** The instant, or the same Paris time on the previous working day: for what must come before a planned day. */
    public Instant onOrBefore(Instant at) {
        return calendarDays ? WorkingDays.onOrBefore(at.atZone(FrenchDates.ZONE)).toInstant() : at;
    }

    /**
     * A deadline, the instant a period ends: the last instant of the period is on a working day, else the deadline moves
     * by whole days as {@link #onOrAfter(Instant)} says. A midnight deadline ends the day before: Monday 00:00 (answers
     * until Sunday) becomes Tuesday 00:00 (until Monday), Saturday 00:00 (until Friday) stays.
     */
    public Instant deadline(Instant end) {
        return calendarDays ? onOrAfter(end.minusNanos(1)).plusNanos(1) : end;
    }

    /** {@link #onOrAfter(Instant)} for the engine's dates. */
    public Date onOrAfter(Date at) {
        return at == null ? null : Date.from(onOrAfter(at.toInstant()));
    }
}
