package fr.francetravail.aae.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.StateConflictException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The enrolment's rules: consent to take part, one answer, places in order, unexcused absences in a row. */
class EnrolmentTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void acceptingNeedsConsentAndAnAnswerIsGivenOnce() {
        Enrolment enrolment = invited();

        assertThatThrownBy(() -> enrolment.decide(CandidateDecision.ACCEPTS, false, "cdupont", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("consentement");
        enrolment.decide(CandidateDecision.ACCEPTS, true, "cdupont", NOW);

        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.ACCEPTED);
        assertThatThrownBy(() -> enrolment.decide(CandidateDecision.DECLINES, false, "cdupont", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void aFullCohortPutsTheCandidateOnTheWaitingListUntilPromoted() {
        Enrolment enrolment = invited();
        enrolment.decide(CandidateDecision.ACCEPTS, true, "cdupont", NOW);
        enrolment.tagPriorityPublics(List.of("DELD", "TH"));
        enrolment.place(false, "système", NOW);

        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.WAITING_LIST);
        assertThat(enrolment.getPriorityPublics()).containsExactly("DELD", "TH");
        enrolment.promote("cdupont", NOW);
        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolment.getEvents()).extracting(EnrolmentEvent::type).containsExactly(EnrolmentEventType.ADDED,
                EnrolmentEventType.INVITED, EnrolmentEventType.ACCEPTED, EnrolmentEventType.WAITING_LISTED, EnrolmentEventType.PROMOTED);
    }

    @Test
    void onlyAnEnrolledParticipantCompletesTheAction() {
        Enrolment enrolment = invited();
        enrolment.decide(CandidateDecision.ACCEPTS, true, "cdupont", NOW);
        enrolment.place(false, "système", NOW);

        assertThatThrownBy(() -> enrolment.complete("système", NOW)).as("liste d'attente").isInstanceOf(StateConflictException.class);
        enrolment.promote("cdupont", NOW);
        enrolment.complete("système", NOW);

        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(enrolment.getEvents()).last().extracting(EnrolmentEvent::type).isEqualTo(EnrolmentEventType.COMPLETED);
        assertThatThrownBy(() -> enrolment.complete("système", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void onlyUnexcusedAbsencesInARowCount() {
        Enrolment enrolment = invited();
        enrolment.decide(CandidateDecision.ACCEPTS, true, "cdupont", NOW);
        enrolment.place(true, "système", NOW);

        assertThat(enrolment.recordPresence(true)).isEqualTo(1);
        assertThat(enrolment.recordPresence(false)).isZero();
        assertThat(enrolment.recordPresence(true)).isEqualTo(1);
        assertThat(enrolment.recordPresence(true)).isEqualTo(2);
        enrolment.recordAbsenceFollowUp("Joint par téléphone", "cdupont", NOW);
        assertThat(enrolment.recordPresence(true)).as("le suivi remet le compte à zéro").isEqualTo(1);
        enrolment.withdraw("Reprise d'emploi", "cdupont", NOW);
        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(enrolment.recordPresence(true)).as("un participant parti n'est plus suivi").isZero();
    }

    @Test
    void noAnswerByTheDeadlineOnlyConcernsInvitedCandidates() {
        Enrolment enrolment = invited();
        enrolment.decide(CandidateDecision.NO_SHOW, false, "cdupont", NOW);

        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.NOT_ENROLLED);
        assertThatThrownBy(() -> enrolment.expire("système", NOW)).isInstanceOf(StateConflictException.class);
    }

    private static Enrolment invited() {
        Enrolment enrolment = new Enrolment(7L, 3L, "cdupont", NOW);
        enrolment.invite("système", NOW);
        return enrolment;
    }
}
