package fr.francetravail.aae.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.francetravail.aae.common.Delay;
import fr.francetravail.aae.common.StateConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end of the action, closure, cancellation by a manager and the inactivity alert, on the aggregate alone. */
class OperationTest {

    private static final Instant PROPOSED = Instant.parse("2026-11-02T09:00:00Z");
    private static final Delay THIRTY_DAYS = Delay.parse("P30D");

    private final Operation operation = new Operation("AAE-2026-HDF-0042", new ProposeOperationCommand("louvre-lens", "lens",
            "Galerie du temps", ArtDiscipline.DANSE, List.of(LocalDate.of(2027, 1, 5)), LocalDate.of(2027, 1, 20), 10, false), "cdupont", PROPOSED);

    @Test
    void aManagerMayCancelUntilTheEmployerMeetingIsRecorded() {
        operation.requestCancellation("La structure ferme pour travaux", "mmartin", PROPOSED.plusSeconds(60));
        assertThat(operation.getCancellationComment()).isEqualTo("La structure ferme pour travaux");
        assertThat(operation.getCancelledBy()).isEqualTo("mmartin");
        assertThat(operation.getStatus()).as("le processus annule, pas la demande").isEqualTo(OperationStatus.PARTNERSHIP);

        operation.cancel(CancellationReason.MANAGER_DECISION, PROPOSED.plusSeconds(120));
        assertThat(operation.getStatus()).isEqualTo(OperationStatus.CANCELLED);
        assertThat(operation.getCancellationReason()).isEqualTo(CancellationReason.MANAGER_DECISION);
        assertThatThrownBy(() -> operation.requestCancellation("Encore", "mmartin", PROPOSED.plusSeconds(180)))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("ne peut plus être annulée");
    }

    @Test
    void afterTheEndOfTheActionTheOperationIsFollowedUpThenClosedAndCannotBeCancelled() {
        atEmployerMeeting();
        operation.endAction(LocalDate.of(2027, 1, 21), PROPOSED.plusSeconds(3600));
        assertThat(operation.getStatus()).isEqualTo(OperationStatus.END_OF_ACTION);
        assertThat(operation.getActionEndedOn()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThatThrownBy(() -> operation.requestCancellation("Trop tard", "mmartin", PROPOSED.plusSeconds(3700)))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("END_OF_ACTION");
        assertThatThrownBy(() -> operation.cancel(CancellationReason.MANAGER_DECISION, PROPOSED.plusSeconds(3700)))
                .isInstanceOf(StateConflictException.class);

        operation.startFollowUp(PROPOSED.plusSeconds(7200));
        assertThatThrownBy(() -> operation.endAction(LocalDate.of(2027, 1, 22), PROPOSED.plusSeconds(7300)))
                .isInstanceOf(StateConflictException.class);
        operation.close(PROPOSED.plusSeconds(9000));
        assertThat(operation.getStatus()).isEqualTo(OperationStatus.CLOSED);
        assertThat(operation.getClosedAt()).isEqualTo(PROPOSED.plusSeconds(9000));
    }

    @Test
    void managersHearOfAnOperationThatStoodStillThirtyDaysThenThirtyMoreNotBefore() {
        assertThat(operation.raiseInactivityAlert(THIRTY_DAYS, PROPOSED.plus(Duration.ofDays(29)))).isFalse();
        assertThat(operation.raiseInactivityAlert(THIRTY_DAYS, PROPOSED.plus(Duration.ofDays(30)))).isTrue();
        assertThat(operation.raiseInactivityAlert(THIRTY_DAYS, PROPOSED.plus(Duration.ofDays(31)))).as("déjà signalée").isFalse();
        assertThat(operation.raiseInactivityAlert(THIRTY_DAYS, PROPOSED.plus(Duration.ofDays(60)))).as("30 jours de plus").isTrue();

        operation.markAgreementSigned(PROPOSED.plus(Duration.ofDays(61)));
        assertThat(operation.getLastProgressAt()).isEqualTo(PROPOSED.plus(Duration.ofDays(61)));
        assertThat(operation.raiseInactivityAlert(THIRTY_DAYS, PROPOSED.plus(Duration.ofDays(90)))).as("avancée le 61e jour").isFalse();
        assertThat(operation.raiseInactivityAlert(THIRTY_DAYS, PROPOSED.plus(Duration.ofDays(91)))).isTrue();
    }

    private void atEmployerMeeting() {
        operation.markAgreementSigned(PROPOSED);
        operation.openRecruitment(LocalDate.of(2026, 12, 1), PROPOSED, PROPOSED);
        operation.closeRecruitment(PROPOSED);
        operation.startWorkshops(PROPOSED);
        operation.completeWorkshops(PROPOSED);
        operation.openEmployerMeeting(PROPOSED);
    }
}
