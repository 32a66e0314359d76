package fr.francetravail.aae.common;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A delay the programme waits for, written in ISO-8601 ({@code P1M}, {@code P5D}, {@code PT14H}, {@code P1DT2H}): a
 * calendar part (years, months, days), counted on the local calendar so that a day stays a calendar day across a change
 * of summer time and a month from the 31st ends on the next month's last day, then a time part (hours, minutes,
 * seconds) of elapsed time. Positive: neither part negative, not both zero.
 */
public record Delay(Period calendar, Duration time) {

    public Delay {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(time, "time");
        if (calendar.isNegative() || time.isNegative() || calendar.isZero() && time.isZero()) {
            throw new IllegalArgumentException("délai positif attendu, reçu « " + iso(calendar, time) + " »");
        }
    }

    /** The delay {@code iso} says, refused with a message quoting it when malformed, negative or zero. */
    public static Delay parse(String iso) {
        if (iso == null || iso.indexOf('-') >= 0) {
            throw refused(iso, null);
        }
        int time = iso.toUpperCase(Locale.ROOT).indexOf('T');
        try {
            return time < 0 ? new Delay(Period.parse(iso), Duration.ZERO)
                    : new Delay(time == 1 ? Period.ZERO : Period.parse(iso.substring(0, time)), Duration.parse("P" + iso.substring(time)));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw refused(iso, e);
        }
    }

    /** {@code from} plus this delay: the calendar part in {@code from}'s zone, then the time part. */
    public ZonedDateTime after(ZonedDateTime from) {
        return from.plusYears(calendar.getYears()).plusMonths(calendar.getMonths()).plusDays(calendar.getDays()).plus(time);
    }

    /** {@code from} minus this delay: the calendar part in {@code from}'s zone, then the time part. */
    public ZonedDateTime before(ZonedDateTime from) {
        return from.minusYears(calendar.getYears()).minusMonths(calendar.getMonths()).minusDays(calendar.getDays()).minus(time);
    }

    /** {@code from} plus this delay, on the French calendar. */
    public Instant after(Instant from) {
        return after(from.atZone(FrenchDates.ZONE)).toInstant();
    }

    /** {@code from} minus this delay, on the French calendar. */
    public Instant before(Instant from) {
        return before(from.atZone(FrenchDates.ZONE)).toInstant();
    }

    /** This delay, then {@code next}: the calendar parts added, then the time parts. */
    public Delay plus(Delay next) {
        return new Delay(calendar.plus(next.calendar), time.plus(next.time));
    }

    /** The ISO-8601 text the engine's timers and due dates read: {@code P1M}, {@code PT14H}, {@code P1DT2H}. */
    public String iso() {
        return iso(calendar, time);
    }

    private static String iso(Period calendar, Duration time) {
        if (time.isZero()) {
            return calendar.toString();
        }
        return calendar.isZero() ? time.toString() : calendar + time.toString().substring(1);
    }

    private static IllegalArgumentException refused(String iso, Exception cause) {
        return new IllegalArgumentException("délai ISO-8601 positif attendu (ex. P5D, PT10M, P1DT2H), reçu « " + iso + " »", cause);
    }
}
