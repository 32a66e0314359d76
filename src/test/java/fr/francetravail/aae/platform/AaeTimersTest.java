package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class AaeTimersTest {

    @Test
    void acceptsIsoDurationsAndNamesTheBadProperty() {
        AaeTimers timers = new AaeTimers();
        timers.setPartnerReminder("PT2M");
        assertThat(timers.partnerReminder()).isEqualTo("PT2M");
        assertThat(timers.partnerEscalation()).isEqualTo("P21D");

        assertThatThrownBy(() -> timers.setPartnerEscalation("21 jours"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aae.timers.partner-escalation");
        assertThat(timers.partnerEscalation()).isEqualTo("P21D");
    }

    @Test
    void addsMonthsInTheCalendarOfTheGivenZone() {
        ZonedDateTime endOfMarch = ZonedDateTime.of(2027, 3, 31, 0, 0, 0, 0, ZoneId.of("Europe/Paris"));

        assertThat(AaeTimers.plus(endOfMarch, "P1M")).isEqualTo(endOfMarch.withMonth(4).withDayOfMonth(30));
        assertThat(AaeTimers.plus(endOfMarch, "P6M")).isEqualTo(endOfMarch.withMonth(9).withDayOfMonth(30));
        assertThat(AaeTimers.plus(endOfMarch, "PT2M")).isEqualTo(endOfMarch.plusMinutes(2));
        assertThat(AaeTimers.plus(endOfMarch, "-P1D")).isEqualTo(endOfMarch.minusDays(1));
    }
}
