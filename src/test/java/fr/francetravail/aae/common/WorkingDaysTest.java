package fr.francetravail.aae.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** French working days, against the calendars published by the administration (service-public.fr). */
class WorkingDaysTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void theElevenPublicHolidaysOf2026() {
        assertThat(holidaysOf(2026)).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry(LocalDate.parse("2026-01-01"), "Jour de l'an"),
                Map.entry(LocalDate.parse("2026-04-06"), "Lundi de Pâques"),
                Map.entry(LocalDate.parse("2026-05-01"), "Fête du Travail"),
                Map.entry(LocalDate.parse("2026-05-08"), "Victoire 1945"),
                Map.entry(LocalDate.parse("2026-05-14"), "Ascension"),
                Map.entry(LocalDate.parse("2026-05-25"), "Lundi de Pentecôte"),
                Map.entry(LocalDate.parse("2026-07-14"), "Fête nationale"),
                Map.entry(LocalDate.parse("2026-08-15"), "Assomption"),
                Map.entry(LocalDate.parse("2026-11-01"), "Toussaint"),
                Map.entry(LocalDate.parse("2026-11-11"), "Armistice 1918"),
                Map.entry(LocalDate.parse("2026-12-25"), "Noël"))));
    }

    @ParameterizedTest(name = "{0}: Pâques {1}, Ascension {2}, Pentecôte {3}")
    @CsvSource({
            "2024, 2024-04-01, 2024-05-09, 2024-05-20",
            "2025, 2025-04-21, 2025-05-29, 2025-06-09",
            "2027, 2027-03-29, 2027-05-06, 2027-05-17",
            "2028, 2028-04-17, 2028-05-25, 2028-06-05",
            "2029, 2029-04-02, 2029-05-10, 2029-05-21",
            "2030, 2030-04-22, 2030-05-30, 2030-06-10",
            // the latest Easter possible (25 April) and an early one (25 March)
            "2038, 2038-04-26, 2038-06-03, 2038-06-14",
            "2035, 2035-03-26, 2035-05-03, 2035-05-14"})
    void theHolidaysThatFollowEaster(int year, LocalDate easterMonday, LocalDate ascension, LocalDate whitMonday) {
        Map<LocalDate, String> holidays = holidaysOf(year);

        assertThat(holidays).hasSize(11)
                .containsEntry(easterMonday, "Lundi de Pâques")
                .containsEntry(ascension, "Ascension")
                .containsEntry(whitMonday, "Lundi de Pentecôte");
        assertThat(easterMonday.getDayOfWeek()).hasToString("MONDAY");
        assertThat(ascension.getDayOfWeek()).hasToString("THURSDAY");
    }

    @Test
    void easterSundayOverFourCenturiesFallsOnASundayBetween22MarchAnd25April() {
        assertThat(Stream.iterate(1900, year -> year <= 2299, year -> year + 1).map(WorkingDays::easterSunday)).allSatisfy(easter -> {
            assertThat(easter.getDayOfWeek()).hasToString("SUNDAY");
            assertThat(easter).isBetween(LocalDate.of(easter.getYear(), 3, 22), LocalDate.of(easter.getYear(), 4, 25));
        });
        assertThat(List.of(2285, 2008, 2011, 1943).stream().map(WorkingDays::easterSunday)).containsExactly(
                LocalDate.of(2285, 3, 22), LocalDate.of(2008, 3, 23), LocalDate.of(2011, 4, 24), LocalDate.of(1943, 4, 25));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2027-07-14, un jour férié (Fête nationale)",
            "2027-03-13, un samedi",
            "2027-03-14, un dimanche",
            // a holiday on a Sunday is said to be the holiday
            "2027-08-15, un jour férié (Assomption)",
            // Good Friday and 26 December: Alsace-Moselle only, working days here
            "2027-03-26, ",
            "2025-12-26, ",
            "2027-03-30, "})
    void saysWhyADayIsNotWorked(LocalDate day, String reason) {
        assertThat(WorkingDays.nonWorkingReason(day)).isEqualTo(reason);
        assertThat(WorkingDays.isWorkingDay(day)).isEqualTo(reason == null);
    }

    @ParameterizedTest(name = "{0}: on or after {1}, on or before {2}")
    @CsvSource({
            // a working day stays
            "2027-03-30, 2027-03-30, 2027-03-30",
            // a weekend goes to Monday, or back to Friday
            "2027-03-13, 2027-03-15, 2027-03-12",
            // the Easter weekend: Saturday to Tuesday (Easter Monday), or back to Good Friday
            "2027-03-27, 2027-03-30, 2027-03-26",
            // Ascension Thursday: the Friday bridge is worked
            "2026-05-14, 2026-05-15, 2026-05-13",
            // Friday 1 May and Friday 8 May 2026: the next Monday, the Thursday before
            "2026-05-01, 2026-05-04, 2026-04-30",
            "2026-05-09, 2026-05-11, 2026-05-07",
            // Christmas on a Saturday and New Year on a Saturday (2027-28)
            "2027-12-25, 2027-12-27, 2027-12-24",
            "2028-01-01, 2028-01-03, 2027-12-31"})
    void shiftsToTheNearestWorkingDay(LocalDate day, LocalDate after, LocalDate before) {
        assertThat(WorkingDays.onOrAfter(day)).isEqualTo(after);
        assertThat(WorkingDays.onOrBefore(day)).isEqualTo(before);
    }

    @Test
    void anInstantKeepsItsTimeOfDayAcrossTheChangeToSummerTime() {
        // Saturday 27 March 2027, 10:00 CET; summer time begins on Sunday, Monday is Easter Monday
        ZonedDateTime saturday = ZonedDateTime.of(2027, 3, 27, 10, 0, 0, 0, PARIS);

        assertThat(WorkingDays.onOrAfter(saturday)).isEqualTo(ZonedDateTime.of(2027, 3, 30, 10, 0, 0, 0, PARIS));
        assertThat(WorkingDays.onOrBefore(saturday)).isEqualTo(ZonedDateTime.of(2027, 3, 26, 10, 0, 0, 0, PARIS));
        assertThat(WorkingDays.onOrAfter(saturday.plusDays(3))).isEqualTo(saturday.plusDays(3));
    }

    @Test
    void workingDaysOf2027() {
        // 52 weekends and a Friday; 7 holidays on weekdays (1/1, 29/3, 6/5, 17/5, 14/7, 1/11, 11/11), 4 on a weekend
        assertThat(Year.of(2027).atDay(1).datesUntil(LocalDate.of(2028, 1, 1)).filter(WorkingDays::isWorkingDay).count())
                .isEqualTo(365 - 104 - 7);
    }

    private static Map<LocalDate, String> holidaysOf(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        Year.of(year).atDay(1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .forEach(day -> WorkingDays.holiday(day).ifPresent(name -> holidays.put(day, name)));
        return holidays;
    }
}
