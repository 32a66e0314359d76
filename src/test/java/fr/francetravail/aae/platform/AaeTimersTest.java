package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
