package fr.francetravail.aae.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.francetravail.aae.common.Delay;
import fr.francetravail.aae.platform.DemoSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An operation's days: Paris calendar days by default, compressed from the proposal instant with a day length. */
class OperationCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 10:00 in Paris, Monday 2 November 2026. */
    private static final Instant PROPOSED = Instant.parse("2026-11-02T09:00:00Z");

    private final Operation operation = proposedAt(PROPOSED);

    @Test
    void byDefaultADayBeginsAtParisMidnightWhateverTheOperation() {
        OperationCalendar calendar = calendarAt(PROPOSED, null);

        assertThat(calendar.dayStart(operation, LocalDate.of(2027, 1, 5))).isEqualTo(Instant.parse("2027-01-04T23:00:00Z"));
        assertThat(calendar.dayStart(operation, LocalDate.of(2027, 3, 29))).as("heure d'été").isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
        assertThat(calendar.dayStart(proposedAt(Instant.parse("2020-06-01T12:00:00Z")), LocalDate.of(2027, 1, 5)))
                .isEqualTo(calendar.dayStart(operation, LocalDate.of(2027, 1, 5)));
    }

    @Test
    void byDefaultTodayIsTheParisDate() {
        assertThat(calendarAt(PROPOSED, null).today(operation)).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(calendarAt(Instant.parse("2026-11-02T22:59:59Z"), null).today(operation)).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(calendarAt(Instant.parse("2026-11-02T23:00:00Z"), null).today(operation)).as("minuit à Paris, 23:00 UTC")
                .isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(calendarAt(PROPOSED, null).dayOf(operation, Instant.parse("2027-09-29T22:30:00Z"))).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void byDefaultMonthsAddedToADayStartAreCalendarMonths() {
        OperationCalendar calendar = calendarAt(PROPOSED, null);
        Instant endOfMarch = calendar.dayStart(operation, LocalDate.of(2027, 3, 31));

        assertThat(Delay.parse("P1M").after(endOfMarch)).isEqualTo(calendar.dayStart(operation, LocalDate.of(2027, 4, 30)));
        assertThat(Delay.parse("P6M").after(endOfMarch)).isEqualTo(calendar.dayStart(operation, LocalDate.of(2027, 9, 30)));
    }

    @Test
    void compressedDaysCountFromTheProposalInstant() {
        OperationCalendar calendar = calendarAt(PROPOSED, Duration.ofMinutes(1));

        assertThat(calendar.dayStart(operation, LocalDate.of(2026, 11, 2))).as("le jour de la proposition commence avec elle").isEqualTo(PROPOSED);
        assertThat(calendar.dayStart(operation, LocalDate.of(2026, 11, 8))).isEqualTo(PROPOSED.plusSeconds(6 * 60));
        assertThat(calendar.dayStart(operation, LocalDate.of(2026, 12, 2))).as("30 jours plus tard").isEqualTo(PROPOSED.plusSeconds(30 * 60));
        assertThat(calendar.dayStart(operation, LocalDate.of(2026, 11, 1))).as("la veille").isEqualTo(PROPOSED.minusSeconds(60));
    }

    @Test
    void compressedTodayChangesEveryDayLength() {
        Duration minute = Duration.ofMinutes(1);

        assertThat(calendarAt(PROPOSED, minute).today(operation)).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(calendarAt(PROPOSED.plusMillis(59_999), minute).today(operation)).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(calendarAt(PROPOSED.plusSeconds(60), minute).today(operation)).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(calendarAt(PROPOSED.plusSeconds(10 * 60 + 30), minute).today(operation)).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(calendarAt(PROPOSED.minusMillis(1), minute).today(operation)).as("avant la proposition").isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void compressedDaysStartOnTheParisDateOfTheProposal() {
        Instant halfPastMidnightInParis = Instant.parse("2026-11-02T23:30:00Z");
        Operation lateProposal = proposedAt(halfPastMidnightInParis);
        OperationCalendar calendar = calendarAt(halfPastMidnightInParis, Duration.ofSeconds(30));

        assertThat(calendar.today(lateProposal)).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(calendar.dayStart(lateProposal, LocalDate.of(2026, 11, 5))).isEqualTo(halfPastMidnightInParis.plusSeconds(60));
        for (int day = -3; day <= 40; day++) {
            LocalDate date = LocalDate.of(2026, 11, 3).plusDays(day);
            assertThat(calendar.dayOf(lateProposal, calendar.dayStart(lateProposal, date))).isEqualTo(date);
            assertThat(calendar.dayOf(lateProposal, calendar.dayStart(lateProposal, date).minusMillis(1))).isEqualTo(date.minusDays(1));
        }
    }

    @Test
    void aDayLengthIsAtLeastOneSecond() {
        assertThatThrownBy(() -> new DemoSettings(Duration.ZERO)).hasMessageContaining("aae.demo.day-length");
        assertThatThrownBy(() -> new DemoSettings(Duration.ofMinutes(-1))).hasMessageContaining("aae.demo.day-length");
        assertThatThrownBy(() -> new DemoSettings(Duration.ofMillis(500))).hasMessageContaining("aae.demo.day-length");
        assertThat(new DemoSettings(Duration.ofSeconds(1)).dayLength()).isEqualTo(Duration.ofSeconds(1));
    }

    private static OperationCalendar calendarAt(Instant now, Duration dayLength) {
        return new OperationCalendar(Clock.fixed(now, PARIS), new DemoSettings(dayLength));
    }

    private static Operation proposedAt(Instant proposedAt) {
        return new Operation("AAE-2026-HDF-0042", new ProposeOperationCommand("louvre-lens", "lens", "Galerie du temps", ArtDiscipline.DANSE,
                List.of(LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 9)), LocalDate.of(2026, 11, 12), 10, false), "cdupont", proposedAt);
    }
}
