package fr.francetravail.aae.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The programme's working days: Monday to Friday, except the eleven public holidays of French law (Code du travail,
 * art. L3133-1), the same everywhere in France: 1 January, Easter Monday, 1 May, 8 May, Ascension Day, Whit Monday,
 * 14 July, 15 August, 1 November, 11 November, 25 December. Easter is computed for any year (Gregorian calendar,
 * Meeus/Jones/Butcher), so no year is listed anywhere.
 * <p>
 * Regional days are not holidays here: Alsace-Moselle's Good Friday and 26 December (departments 57, 67, 68) and the
 * overseas regions' abolition of slavery days. The service knows an operation's region, not its department, and
 * Grand Est is not all Alsace-Moselle: such a day counts as a working day, a workshop planned on it needs no
 * confirmation and a due date may fall on it.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** Monday to Friday and not a public holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && holiday(day).isEmpty();
    }

    /** The public holiday's French name (« Fête nationale »), or empty on any other day. */
    public static Optional<String> holiday(LocalDate day) {
        String fixed = switch (MonthDay.from(day).toString()) {
            case "--01-01" -> "Jour de l'an";
            case "--05-01" -> "Fête du Travail";
            case "--05-08" -> "Victoire 1945";
            case "--07-14" -> "Fête nationale";
            case "--08-15" -> "Assomption";
            case "--11-01" -> "Toussaint";
            case "--11-11" -> "Armistice 1918";
            case "--12-25" -> "Noël";
            default -> null;
        };
        if (fixed != null) {
            return Optional.of(fixed);
        }
        long afterEaster = day.toEpochDay() - easterSunday(day.getYear()).toEpochDay();
        return Optional.ofNullable(afterEaster == 1 ? "Lundi de Pâques" : afterEaster == 39 ? "Ascension"
                : afterEaster == 50 ? "Lundi de Pentecôte" : null);
    }

    /**
     * Why the day is not a working day, as a refusal says it after « Le 14/07/2027 est »: « un samedi », « un dimanche »,
     * « un jour férié (Fête nationale) »; null on a working day.
     */
    public static String nonWorkingReason(LocalDate day) {
        Optional<String> holiday = holiday(day);
        if (holiday.isPresent()) {
            return "un jour férié (" + holiday.get() + ")";
        }
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? "un samedi" : day.getDayOfWeek() == DayOfWeek.SUNDAY ? "un dimanche" : null;
    }

    /** The day itself when it is a working day, else the next one. */
    public static LocalDate onOrAfter(LocalDate day) {
        LocalDate working = day;
        while (!isWorkingDay(working)) {
            working = working.plusDays(1);
        }
        return working;
    }

    /** The day itself when it is a working day, else the previous one. */
    public static LocalDate onOrBefore(LocalDate day) {
        LocalDate working = day;
        while (!isWorkingDay(working)) {
            working = working.minusDays(1);
        }
        return working;
    }

    /** The instant itself on a working day, else the same time of day on the next working day (in its zone). */
    public static ZonedDateTime onOrAfter(ZonedDateTime at) {
        return at.with(onOrAfter(at.toLocalDate()));
    }

    /** The instant itself on a working day, else the same time of day on the previous working day (in its zone). */
    public static ZonedDateTime onOrBefore(ZonedDateTime at) {
        return at.with(onOrBefore(at.toLocalDate()));
    }

    /** Easter Sunday of the Gregorian calendar: the anonymous algorithm (Meeus/Jones/Butcher), valid for every year. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
