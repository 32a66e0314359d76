package fr.francetravail.aae.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.francetravail.aae.common.StateConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The convention's life: each step allowed only from the right state, and every step kept. */
class ConventionTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final ConventionDraft DRAFT = new ConventionDraft("Objectifs de l'action en détail", "Six ateliers hebdomadaires", 2700);

    @Test
    void negotiatedThenSigned() {
        Convention convention = new Convention(1L);
        convention.draft(DRAFT, "conseiller", NOW);
        convention.answer(PartnerDecision.CHANGES_REQUESTED, "Décaler au mardi", "mediateur", NOW);
        convention.draft(DRAFT, "conseiller", NOW);
        convention.remindPartner(NOW, "système");
        convention.answer(PartnerDecision.ACCEPTED, null, "mediateur", NOW);
        convention.sign("manager", NOW);

        assertThat(convention.getStatus()).isEqualTo(ConventionStatus.SIGNED);
        assertThat(convention.getSignedBy()).isEqualTo("manager");
        assertThat(convention.getEvents()).extracting(ConventionEvent::type).containsExactly(ConventionEventType.DRAFTED,
                ConventionEventType.CHANGES_REQUESTED, ConventionEventType.DRAFTED, ConventionEventType.PARTNER_REMINDED,
                ConventionEventType.ACCEPTED, ConventionEventType.SIGNED);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Convention convention = new Convention(1L);
        assertThatThrownBy(() -> convention.sign("manager", NOW)).isInstanceOf(StateConflictException.class);
        convention.draft(DRAFT, "conseiller", NOW);
        assertThatThrownBy(() -> convention.draft(DRAFT, "conseiller", NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> convention.sign("manager", NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("SUBMITTED");
        convention.answer(PartnerDecision.DECLINED, "Pas de salle", "mediateur", NOW);
        assertThatThrownBy(() -> convention.answer(PartnerDecision.ACCEPTED, null, "mediateur", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThat(convention.getEvents()).hasSize(2);
    }

    @Test
    void abandonedAfterEscalation() {
        Convention convention = new Convention(1L);
        convention.draft(DRAFT, "conseiller", NOW);
        convention.escalate(EscalationDecision.RELAUNCH, "Appel passé", "manager", NOW);
        assertThat(convention.getStatus()).isEqualTo(ConventionStatus.SUBMITTED);
        convention.escalate(EscalationDecision.ABANDON, "Injoignable", "manager", NOW);

        assertThat(convention.getStatus()).isEqualTo(ConventionStatus.ABANDONED);
        assertThat(convention.getEvents()).extracting(ConventionEvent::comment).containsExactly(null, "Appel passé", "Injoignable");
    }
}
