package fr.francetravail.aae.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.payment.Payment.CallbackOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payment's transitions, its submissions' keys, AFDAS's answers (once each), the four eyes and the audit trail. */
class PaymentTest {

    private static final String REFERENCE = "AAE-2026-HDF-0042";
    private static final BigDecimal AMOUNT = new BigDecimal("2700.00");
    private static final Instant NOW = Instant.parse("2027-06-01T08:00:00Z");

    @Test
    void missingRequirementsGoToTheCounsellorThenTheRequestToTheManager() {
        Payment payment = new Payment(1L, "système", NOW);
        assertThat(payment.getState()).isEqualTo(PaymentState.OPENED);

        payment.recordEligibility(List.of("Bilan de l'action rédigé", "Feuilles d'émargement complètes"), null, "système", NOW);
        assertThat(payment.getState()).isEqualTo(PaymentState.REQUIREMENTS_MISSING);
        assertThat(payment.getMissingRequirements()).isEqualTo("Bilan de l'action rédigé ; Feuilles d'émargement complètes");
        assertThatThrownBy(() -> payment.validate("manager", NOW)).isInstanceOf(StateConflictException.class);

        payment.completeFile("Bilan rédigé ce matin", "conseiller", NOW);
        payment.recordEligibility(List.of(), AMOUNT, "système", NOW);
        assertThat(payment.getState()).isEqualTo(PaymentState.AWAITING_VALIDATION);
        assertThat(payment.getAmount()).isEqualByComparingTo("2700");
        assertThat(payment.getMissingRequirements()).isNull();
        assertThat(payment.getRequestedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> payment.completeFile(null, "conseiller", NOW)).as("rien à compléter").isInstanceOf(StateConflictException.class);

        assertThat(payment.getEvents()).extracting(PaymentEvent::type).containsExactly(PaymentEventType.OPENED,
                PaymentEventType.ELIGIBILITY_CHECKED, PaymentEventType.FILE_COMPLETED, PaymentEventType.ELIGIBILITY_CHECKED);
        assertThat(payment.getEvents().get(1).detail()).contains("Bilan de l'action rédigé");
        assertThat(payment.getEvents().get(2).actor()).isEqualTo("conseiller");
        assertThat(payment.getEvents().get(2).detail()).isEqualTo("Bilan rédigé ce matin");
        assertThat(payment.getEvents().get(3).detail()).contains("2700.00 EUR");
    }

    @Test
    void noAmountWhenEveryRequirementIsMetIsAConflict() {
        Payment payment = new Payment(1L, "système", NOW);
        assertThatThrownBy(() -> payment.recordEligibility(List.of(), null, "système", NOW)).isInstanceOf(StateConflictException.class);
        assertThat(payment.getState()).isEqualTo(PaymentState.OPENED);
    }

    @Test
    void theManagerMayReturnTheRequestWithAComment() {
        Payment payment = awaitingValidation();
        payment.returnFile("Le RIB joint est celui de l'ancienne adresse", "manager", NOW);
        assertThat(payment.getState()).isEqualTo(PaymentState.RETURNED);
        assertThat(payment.getEvents()).last().extracting(PaymentEvent::type, PaymentEvent::actor, PaymentEvent::detail)
                .containsExactly(PaymentEventType.RETURNED, "manager", "Le RIB joint est celui de l'ancienne adresse");
        payment.completeFile(null, "conseiller", NOW);
        assertThat(payment.getFileCompletedBy()).isEqualTo("conseiller");
    }

    @Test
    void fourEyesNeitherTheBilanAuthorNorTheCounsellorWhoCompletedTheFile() {
        Payment payment = new Payment(1L, "système", NOW);
        payment.recordEligibility(List.of("Bilan de l'action rédigé"), null, "système", NOW);
        payment.completeFile(null, "conseiller-dossier", NOW);

        assertThat(payment.fourEyesObjection("auteur-bilan", "auteur-bilan")).get().asString().contains("rédigé le bilan", "quatre yeux");
        assertThat(payment.fourEyesObjection("conseiller-dossier", "auteur-bilan")).get().asString().contains("complété le dossier");
        assertThat(payment.fourEyesObjection("manager", "auteur-bilan")).isEmpty();
        assertThat(payment.fourEyesObjection(null, "auteur-bilan")).as("personne n'a encore pris la tâche").isEmpty();
        assertThat(payment.fourEyesObjection("manager", null)).isEmpty();
    }

    @Test
    void oneKeyPerSubmissionTheSameForEveryAttemptAndSettlementOnce() {
        Payment payment = awaitingValidation();
        payment.validate("manager", NOW);
        assertThat(payment.getState()).isEqualTo(PaymentState.VALIDATED);
        assertThat(payment.getValidatedBy()).isEqualTo("manager");
        assertThat(payment.awaitsSubmission()).isTrue();
        assertThat(payment.idempotencyKey(REFERENCE)).isEqualTo(REFERENCE + "-1").isEqualTo(payment.idempotencyKey(REFERENCE));

        payment.recordSubmitted(REFERENCE + "-1", "AFD-1", "système", NOW);
        assertThat(payment.getState()).isEqualTo(PaymentState.SUBMITTED);
        assertThat(payment.getSubmissionCount()).isEqualTo(1);
        assertThat(payment.awaitsSubmission()).as("déjà transmise : rien à renvoyer").isFalse();
        assertThatThrownBy(() -> payment.recordSubmitted(REFERENCE + "-1", "AFD-1", "système", NOW)).isInstanceOf(StateConflictException.class);

        assertThatThrownBy(() -> payment.settle("AFD-999", AMOUNT, LocalDate.of(2027, 6, 10), NOW)).as("pas notre référence")
                .isInstanceOf(StateConflictException.class);
        assertThat(payment.settle("AFD-1", AMOUNT, LocalDate.of(2027, 6, 10), NOW)).isEqualTo(CallbackOutcome.APPLIED);
        assertThat(payment.getState()).isEqualTo(PaymentState.SETTLED);
        assertThat(payment.getSettledOn()).isEqualTo(LocalDate.of(2027, 6, 10));
        assertThat(payment.getSettledAmount()).isEqualByComparingTo("2700");

        int events = payment.getEvents().size();
        assertThat(payment.settle("AFD-1", AMOUNT, LocalDate.of(2027, 6, 10), NOW)).isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(payment.getState()).isEqualTo(PaymentState.SETTLED);
        assertThat(payment.getEvents()).hasSize(events + 1).last().extracting(PaymentEvent::type)
                .isEqualTo(PaymentEventType.DUPLICATE_CALLBACK_IGNORED);
        assertThat(payment.reject("AFD-1", "trop tard", NOW)).as("un rejet après le règlement").isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(payment.getState()).isEqualTo(PaymentState.SETTLED);
        assertThat(payment.getRejectionReason()).isNull();
    }

    @Test
    void aRejectionGoesBackToTheCounsellorAndTheNextSubmissionHasANewKey() {
        Payment payment = awaitingValidation();
        payment.validate("manager", NOW);
        payment.recordSubmitted(REFERENCE + "-1", "AFD-1", "système", NOW);
        assertThat(payment.reject("AFD-1", "RIB illisible", NOW)).isEqualTo(CallbackOutcome.APPLIED);
        assertThat(payment.getState()).isEqualTo(PaymentState.REJECTED);
        assertThat(payment.getRejectionReason()).isEqualTo("RIB illisible");
        assertThat(payment.reject("AFD-1", "RIB illisible", NOW)).isEqualTo(CallbackOutcome.DUPLICATE);

        payment.completeFile("Nouveau RIB joint", "conseiller", NOW);
        payment.recordEligibility(List.of(), AMOUNT, "système", NOW);
        payment.validate("manager", NOW);
        assertThat(payment.idempotencyKey(REFERENCE)).isEqualTo(REFERENCE + "-2");
        payment.recordSubmitted(REFERENCE + "-2", "AFD-2", "système", NOW);
        assertThat(payment.getRejectionReason()).isNull();
        assertThat(payment.reject("AFD-1", "RIB illisible", NOW)).as("rappel tardif sur la première demande").isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(payment.getState()).isEqualTo(PaymentState.SUBMITTED);
        assertThat(payment.settle("AFD-2", null, LocalDate.of(2027, 7, 1), NOW)).isEqualTo(CallbackOutcome.APPLIED);
        assertThat(payment.getSettledAmount()).as("le montant demandé quand l'AFDAS n'en donne pas").isEqualByComparingTo("2700");
        assertThat(payment.getEvents()).filteredOn(event -> event.type() == PaymentEventType.SUBMITTED)
                .extracting(PaymentEvent::afdasReference).containsExactly("AFD-1", "AFD-2");
    }

    @Test
    void aRejectionReplayedOnceThePaymentHasMovedOnIsADuplicate() {
        Payment payment = awaitingValidation();
        payment.validate("manager", NOW);
        payment.recordSubmitted(REFERENCE + "-1", "AFD-1", "système", NOW);
        payment.reject("AFD-1", "RIB illisible", NOW);
        payment.completeFile("Nouveau RIB joint", "conseiller", NOW);
        payment.recordEligibility(List.of(), AMOUNT, "système", NOW);
        payment.validate("manager2", NOW);
        int events = payment.getEvents().size();

        assertThat(payment.reject("AFD-1", "RIB illisible", NOW)).isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(payment.settle("AFD-1", AMOUNT, LocalDate.of(2027, 6, 10), NOW)).as("règlement d'une demande rejetée")
                .isEqualTo(CallbackOutcome.DUPLICATE);

        assertThat(payment.getState()).isEqualTo(PaymentState.VALIDATED);
        assertThat(payment.getRejectionReason()).isEqualTo("RIB illisible");
        assertThat(payment.getSettledOn()).isNull();
        assertThat(payment.awaitsSubmission()).isTrue();
        assertThat(payment.getEvents().subList(events, payment.getEvents().size())).hasSize(2)
                .extracting(PaymentEvent::type, PaymentEvent::afdasReference).containsOnly(tuple(PaymentEventType.DUPLICATE_CALLBACK_IGNORED, "AFD-1"));
    }

    @Test
    void aSettlementReplayedAfterALaterSubmissionIsADuplicate() {
        Payment payment = awaitingValidation();
        payment.validate("manager", NOW);
        payment.recordSubmitted(REFERENCE + "-1", "AFD-1", "système", NOW);
        payment.reject("AFD-1", "RIB illisible", NOW);
        payment.completeFile("Nouveau RIB joint", "conseiller", NOW);
        payment.recordEligibility(List.of(), AMOUNT, "système", NOW);
        payment.validate("manager2", NOW);
        payment.recordSubmitted(REFERENCE + "-2", "AFD-2", "système", NOW);
        payment.settle("AFD-2", AMOUNT, LocalDate.of(2027, 7, 1), NOW);
        int events = payment.getEvents().size();

        assertThat(payment.settle("AFD-2", new BigDecimal("27000.00"), LocalDate.of(2027, 7, 9), NOW)).isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(payment.settle("AFD-1", AMOUNT, LocalDate.of(2027, 7, 9), NOW)).isEqualTo(CallbackOutcome.DUPLICATE);

        assertThat(payment.getState()).isEqualTo(PaymentState.SETTLED);
        assertThat(payment.getSettledAmount()).isEqualByComparingTo("2700");
        assertThat(payment.getSettledOn()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(payment.getEvents().subList(events, payment.getEvents().size())).hasSize(2).extracting(PaymentEvent::type)
                .containsOnly(PaymentEventType.DUPLICATE_CALLBACK_IGNORED);
    }

    @Test
    void noSubmissionBeforeValidationAndNoReminderOutsideTheWait() {
        Payment payment = awaitingValidation();
        assertThatThrownBy(payment::awaitsSubmission).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> payment.recordSubmitted("k", "AFD-1", "système", NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> payment.remindAfdas("manager", NOW)).isInstanceOf(StateConflictException.class);
        payment.validate("manager", NOW);
        payment.recordSubmitted(REFERENCE + "-1", "AFD-1", "système", NOW);
        payment.remindAfdas("manager", NOW);
        assertThat(payment.getEvents()).last().extracting(PaymentEvent::type, PaymentEvent::afdasReference)
                .containsExactly(PaymentEventType.AFDAS_REMINDED, "AFD-1");
    }

    private static Payment awaitingValidation() {
        Payment payment = new Payment(1L, "système", NOW);
        payment.recordEligibility(List.of(), AMOUNT, "système", NOW);
        return payment;
    }
}
