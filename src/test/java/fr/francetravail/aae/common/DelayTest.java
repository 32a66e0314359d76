package fr.francetravail.aae.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO-8601 delays: calendar part on the local calendar, then elapsed time. */
class DelayTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 10:00 in Paris, Saturday 27 March 2027: summer time begins the next night (02:00 becomes 03:00). */
    private static final ZonedDateTime EVE_OF_SUMMER_TIME = ZonedDateTime.of(2027, 3, 27, 10, 0, 0, 0, PARIS);
    private static final ZonedDateTime END_OF_MARCH = ZonedDateTime.of(2027, 3, 31, 0, 0, 0, 0, PARIS);

    @ParameterizedTest
    @CsvSource({
            "P1M,            P1M,        PT0S,        P1M",
            "P5D,            P5D,        PT0S,        P5D",
            "PT14H,          P0D,        PT14H,       PT14H",
            "P1DT2H,         P1D,        PT2H,        P1DT2H",
            "PT10S,          P0D,        PT10S,       PT10S",
            "P1Y2M3DT4H5M6S, P1Y2M3D,    PT4H5M6S,    P1Y2M3DT4H5M6S",
            "PT0.5S,         P0D,        PT0.5S,      PT0.5S",
            "PT90M,          P0D,        PT1H30M,     PT1H30M",
            "P1W,            P7D,        PT0S,        P7D",
            "p5dt3m,         P5D,        PT3M,        P5DT3M"})
    void parsesBothPartsAndWritesThemBackAsTheEngineReadsThem(String text, Period calendar, Duration time, String iso) {
        Delay delay = Delay.parse(text);

        assertThat(delay).isEqualTo(new Delay(calendar, time));
        assertThat(delay.iso()).isEqualTo(iso);
        assertThat(Delay.parse(delay.iso())).isEqualTo(delay);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "P", "PT", "T5H", "5D", "P5", "P1DT", "P5D ", "21 jours", "P1DT2H3D", "PT5D", "-P1D", "P-1D",
            "PT-1H", "PT1H-30M", "P0D", "PT0S", "P0DT0S"})
    void refusesWhatIsNotAPositiveIsoDelayQuotingIt(String text) {
        assertThatThrownBy(() -> Delay.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("délai ISO-8601 positif attendu (ex. P5D, PT10M, P1DT2H), reçu « " + text + " »");
    }

    @Test
    void aDelayBuiltInCodeIsPositiveToo() {
        assertThatThrownBy(() -> new Delay(Period.ofDays(-1), Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("délai positif attendu, reçu « P-1DT2H »");
        assertThatThrownBy(() -> new Delay(Period.ZERO, Duration.ZERO)).hasMessage("délai positif attendu, reçu « P0D »");
        assertThatThrownBy(() -> new Delay(null, Duration.ZERO)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aDayIsACalendarDayAcrossSummerTimeAndHoursAreElapsedTime() {
        assertThat(Delay.parse("P1D").after(EVE_OF_SUMMER_TIME)).isEqualTo(EVE_OF_SUMMER_TIME.withDayOfMonth(28));
        assertThat(Delay.parse("PT24H").after(EVE_OF_SUMMER_TIME)).isEqualTo(EVE_OF_SUMMER_TIME.withDayOfMonth(28).withHour(11));
        assertThat(Delay.parse("P1DT2H").after(EVE_OF_SUMMER_TIME)).isEqualTo(EVE_OF_SUMMER_TIME.withDayOfMonth(28).withHour(12));

        ZonedDateTime dayAfter = EVE_OF_SUMMER_TIME.withDayOfMonth(29).withHour(0);
        assertThat(Delay.parse("P1D").before(dayAfter)).as("minuit, heure d'hiver").isEqualTo(dayAfter.withDayOfMonth(28));
        assertThat(Delay.parse("PT14H").before(dayAfter)).as("10:00 la veille").isEqualTo(dayAfter.withDayOfMonth(28).withHour(10));
        assertThat(Delay.parse("P1DT2H").before(dayAfter)).isEqualTo(dayAfter.withDayOfMonth(27).withHour(22));
    }

    @Test
    void instantsCountOnTheFrenchCalendar() {
        Instant tenInParis = EVE_OF_SUMMER_TIME.toInstant();

        assertThat(Delay.parse("P1D").after(tenInParis)).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
        assertThat(Delay.parse("P1D").before(Instant.parse("2027-03-28T08:00:00Z"))).isEqualTo(tenInParis);
        assertThat(Delay.parse("PT24H").after(tenInParis)).isEqualTo(Instant.parse("2027-03-28T09:00:00Z"));
    }

    @Test
    void aMonthFromTheLastDayEndsOnTheLastDayOfTheMonth() {
        assertThat(Delay.parse("P1M").after(END_OF_MARCH)).isEqualTo(END_OF_MARCH.withMonth(4).withDayOfMonth(30));
        assertThat(Delay.parse("P6M").after(END_OF_MARCH)).isEqualTo(END_OF_MARCH.withMonth(9).withDayOfMonth(30));
        assertThat(Delay.parse("PT2M").after(END_OF_MARCH)).isEqualTo(END_OF_MARCH.plusMinutes(2));
        assertThat(Delay.parse("P1M").before(END_OF_MARCH)).isEqualTo(END_OF_MARCH.withMonth(2).withDayOfMonth(28));
        assertThat(Delay.parse("P1D").before(END_OF_MARCH)).isEqualTo(END_OF_MARCH.minusDays(1));
    }

    @Test
    void yearsThenMonthsThenDays() {
        ZonedDateTime leapDay = ZonedDateTime.of(2028, 2, 29, 0, 0, 0, 0, PARIS);

        assertThat(Delay.parse("P1Y1M").after(leapDay)).as("28 février 2029, puis un mois").isEqualTo(leapDay.withYear(2029).withMonth(3).withDayOfMonth(28));
        assertThat(Delay.parse("P1M1D").after(END_OF_MARCH)).as("30 avril, puis un jour").isEqualTo(END_OF_MARCH.withMonth(5).withDayOfMonth(1));
    }

    @Test
    void delaysFollowingEachOtherAddTheirParts() {
        assertThat(Delay.parse("P7D").plus(Delay.parse("P14D")).iso()).isEqualTo("P21D");
        assertThat(Delay.parse("PT1M").plus(Delay.parse("PT1M")).iso()).isEqualTo("PT2M");
        assertThat(Delay.parse("P1D").plus(Delay.parse("PT2H")).iso()).isEqualTo("P1DT2H");
    }
}
