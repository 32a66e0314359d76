package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each client address's failed password checks: a burst, then one per refill; right passwords cost nothing. */
class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(
            new LoginSettings(Duration.ofSeconds(3), 2, Duration.ofMinutes(5), 3, Duration.ofMinutes(15), List.of()));

    @Test
    void anAddressIsRefusedOnceItHasSpentItsFailures() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusal("203.0.113.1")).isEmpty();
            assertThat(throttle.acquire("203.0.113.1")).isTrue();
            throttle.settle("203.0.113.1", false);
        }

        assertThat(throttle.acquire("203.0.113.1")).isFalse();
        assertThat(throttle.refusal("203.0.113.1")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
        assertThat(throttle.refusal("203.0.113.2")).as("une autre adresse").isEmpty();
    }

    @Test
    void rightPasswordsGiveTheirTokenBack() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.acquire("203.0.113.3")).isTrue();
            throttle.settle("203.0.113.3", true);
        }

        assertThat(throttle.refusal("203.0.113.3")).isEmpty();
    }
}
