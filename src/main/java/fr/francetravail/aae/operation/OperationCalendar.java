package fr.francetravail.aae.operation;

import fr.francetravail.aae.platform.DemoSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The days of an operation: when one of its planned days (workshop, information meeting, employer meeting, end of the
 * action) begins, and which day it is for the operation now. Every timer anchored on such a day goes through here.
 * <p>
 * By default a day is the Paris calendar day. With {@code aae.demo.day-length} set, days are compressed: day D of an
 * operation begins at its proposal instant plus (D − the proposal's Paris date) day lengths, and its « today » is the
 * proposal's date plus the day lengths elapsed since. The durations added to a day's start ({@code aae.timers.*}) stay
 * as configured.
 */
@Component("operationCalendar")
public class OperationCalendar {

    private final Clock clock;
    private final Duration dayLength;

    public OperationCalendar(Clock clock, DemoSettings demo) {
        this.clock = clock;
        this.dayLength = demo.dayLength();
    }

    /** When the operation's {@code day} begins. */
    public Instant dayStart(Operation operation, LocalDate day) {
        if (dayLength == null) {
            return day.atStartOfDay(clock.getZone()).toInstant();
        }
        return operation.getProposedAt().plus(dayLength.multipliedBy(ChronoUnit.DAYS.between(firstDay(operation), day)));
    }

    /** The operation's day at {@code instant}. */
    public LocalDate dayOf(Operation operation, Instant instant) {
        if (dayLength == null) {
            return LocalDate.ofInstant(instant, clock.getZone());
        }
        long elapsed = Duration.between(operation.getProposedAt(), instant).toMillis();
        return firstDay(operation).plusDays(Math.floorDiv(elapsed, dayLength.toMillis()));
    }

    /** The operation's day now. */
    public LocalDate today(Operation operation) {
        return dayOf(operation, clock.instant());
    }

    private LocalDate firstDay(Operation operation) {
        return LocalDate.ofInstant(operation.getProposedAt(), clock.getZone());
    }
}
