package fr.francetravail.aae.payment;

import fr.francetravail.aae.common.FrenchDates;
import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.operation.ActionReview;
import fr.francetravail.aae.operation.ManagerAlerts;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.operation.ActionReviews;
import fr.francetravail.aae.partner.CulturalPartner;
import fr.francetravail.aae.partner.PartnerService;
import fr.francetravail.aae.partnership.ConventionService;
import fr.francetravail.aae.partnership.ConventionStatus;
import fr.francetravail.aae.payment.Payment.CallbackOutcome;
import fr.francetravail.aae.payment.PaymentProcess.AfdasOutcome;
import fr.francetravail.aae.payment.PaymentProcess.PaymentValidation;
import fr.francetravail.aae.workshop.WorkshopService;
import fr.francetravail.aae.workshop.WorkshopSession;
import fr.francetravail.aae.workshop.WorkshopStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The payment of operations' lump sums by AFDAS: requirements, validation, submissions and AFDAS's answers. */
@Service
public class PaymentService {

    static final String CURRENCY = "EUR";

    private final PaymentRepository payments;
    private final OperationService operations;
    private final ActionReviews actionReviews;
    private final ManagerAlerts alerts;
    private final ConventionService conventions;
    private final WorkshopService workshops;
    private final PartnerService partners;
    private final PaymentWorkflow workflow;
    private final InputValidator validator;
    private final Clock clock;

    PaymentService(PaymentRepository payments, OperationService operations, ActionReviews actionReviews, ManagerAlerts alerts, ConventionService conventions, WorkshopService workshops,
            PartnerService partners, PaymentWorkflow workflow, InputValidator validator, Clock clock) {
        this.payments = payments;
        this.operations = operations;
        this.actionReviews = actionReviews;
        this.alerts = alerts;
        this.conventions = conventions;
        this.workshops = workshops;
        this.partners = partners;
        this.workflow = workflow;
        this.validator = validator;
        this.clock = clock;
    }

    /** The operation's payment, opened if it has none yet: one per operation, whoever asks twice. */
    @Transactional
    public Payment open(long operationId, String actor) {
        return payments.findByOperationId(operationId)
                .orElseGet(() -> payments.save(new Payment(operations.get(operationId).getId(), actor, clock.instant())));
    }

    /**
     * What the domain says of the requirements: the convention signed; every planned workshop delivered with its
     * attendance recorded; every recorded sheet complete (a presence for every participant expected); the bilan written.
     */
    @Transactional(readOnly = true)
    public PaymentRequirements requirementsOf(long operationId) {
        Operation operation = operations.get(operationId);
        List<WorkshopSession> sessions = workshops.sessionsOf(operationId);
        Set<LocalDate> recorded = sessions.stream().filter(session -> session.getStatus() == WorkshopStatus.ATTENDANCE_RECORDED)
                .map(WorkshopSession::getWorkshopDate).collect(Collectors.toSet());
        boolean delivered = !operation.getWorkshopDates().isEmpty() && recorded.containsAll(operation.getWorkshopDates());
        boolean sheetsComplete = sessions.stream().filter(session -> session.getStatus() == WorkshopStatus.ATTENDANCE_RECORDED)
                .allMatch(WorkshopSession::isSheetComplete);
        boolean signed = conventions.find(operationId).filter(convention -> convention.getStatus() == ConventionStatus.SIGNED).isPresent();
        return new PaymentRequirements(signed, delivered, sheetsComplete, actionReviews.bilan(operationId).isPresent());
    }

    /** The decision on the requirements: the missing ones to complete, or none and the amount (EUR) to request. */
    @Transactional
    public Payment recordEligibility(long paymentId, List<String> missing, BigDecimal amount, String actor) {
        Payment payment = get(paymentId);
        payment.recordEligibility(missing, amount == null ? null : amount.setScale(2), actor, clock.instant());
        return payments.save(payment);
    }

    /** The counsellor completed the file, with an optional comment for the manager. */
    @Transactional
    public Payment completeFile(long paymentId, String comment, String actor) {
        InputValidator.requireAtMost(PaymentProcess.Variables.PAYMENT_FILE_COMMENT, comment, 2000);
        Payment payment = get(paymentId);
        payment.completeFile(blankToNull(comment), actor, clock.instant());
        return payments.save(payment);
    }

    /**
     * Refuses {@code user} as the validator of the request if they wrote the bilan or last completed the file, as the
     * field {@code paymentValidation}.
     */
    @Transactional(readOnly = true)
    public void requireFourEyes(long paymentId, String user) {
        Payment payment = get(paymentId);
        String bilanAuthor = actionReviews.bilan(payment.getOperationId()).map(ActionReview::getWrittenBy).orElse(null);
        payment.fourEyesObjection(user, bilanAuthor).ifPresent(objection -> {
            throw new InvalidInputException(PaymentProcess.Variables.PAYMENT_VALIDATION, objection);
        });
    }

    /** The manager's answer: validated, or returned to the counsellor with a comment (required). Four eyes enforced. */
    @Transactional
    public Payment validate(long paymentId, PaymentValidation decision, String comment, String actor) {
        requireFourEyes(paymentId, actor);
        InputValidator.requireAtMost(PaymentProcess.Variables.PAYMENT_COMMENT, comment, 2000);
        Payment payment = get(paymentId);
        if (decision == PaymentValidation.RETURNED) {
            if (blankToNull(comment) == null) {
                throw new InvalidInputException(PaymentProcess.Variables.PAYMENT_COMMENT, "est obligatoire pour renvoyer le dossier au conseiller");
            }
            payment.returnFile(comment.strip(), actor, clock.instant());
        } else {
            payment.validate(actor, clock.instant());
        }
        return payments.save(payment);
    }

    /** The submission to make to AFDAS, with its idempotency key; none when this validation's submission is recorded. */
    @Transactional(readOnly = true)
    public Optional<AfdasSubmission> pendingSubmission(long paymentId) {
        Payment payment = get(paymentId);
        if (!payment.awaitsSubmission()) {
            return Optional.empty();
        }
        Operation operation = operations.get(payment.getOperationId());
        CulturalPartner partner = partners.get(operation.getPartnerSlug());
        LocalDate bilanDate = actionReviews.bilan(operation.getId()).map(bilan -> LocalDate.ofInstant(bilan.getWrittenAt(), clock.getZone()))
                .orElse(null);
        return Optional.of(new AfdasSubmission(payment.idempotencyKey(operation.getReference()), new AfdasPaymentRequest(
                operation.getReference(), partner.getSiret(), partner.getName(), payment.getAmount(), CURRENCY,
                operation.getActionEndedOn(), bilanDate, payment.getSubmissionCount() + 1)));
    }

    /** AFDAS received the submission under its payment reference. */
    @Transactional
    public Payment recordSubmitted(long paymentId, String idempotencyKey, String afdasReference, String actor) {
        Payment payment = get(paymentId);
        payment.recordSubmitted(idempotencyKey, afdasReference, actor, clock.instant());
        return payments.save(payment);
    }

    /**
     * AFDAS's answer, already authenticated: recorded and announced to the waiting process in one transaction, so
     * either both happen or neither. A repeated answer changes nothing but the audit, even when both copies arrive at
     * once on two nodes (the payment is locked: the second waits for the first, then finds it recorded); an answer no
     * process waits for is refused (409) with nothing changed, for AFDAS to send again.
     */
    @Transactional
    public CallbackOutcome receive(AfdasCallback callback) {
        validator.validate(callback);
        Operation operation = operations.find(callback.operationReference())
                .orElseThrow(() -> new NotFoundException("Opération inconnue : " + callback.operationReference()));
        Payment payment = payments.findForUpdateByOperationId(operation.getId())
                .orElseThrow(() -> new StateConflictException("Aucun paiement ouvert pour l'opération " + operation.getReference()));
        CallbackOutcome outcome = callback.status() == AfdasCallback.Status.SETTLED
                ? payment.settle(callback.paymentReference(), callback.amount(), callback.settledOn() == null ? LocalDate.now(clock)
                        : callback.settledOn(), clock.instant())
                : payment.reject(callback.paymentReference(), blankToNull(callback.reason()) == null ? "Motif non précisé par l'AFDAS"
                        : callback.reason().strip(), clock.instant());
        payments.save(payment);
        if (outcome == CallbackOutcome.APPLIED) {
            workflow.announce(operation.getReference(), AfdasOutcome.valueOf(callback.status().name()));
        }
        return outcome;
    }

    /** The managers reminded AFDAS of a submission it has not answered. */
    @Transactional
    public Payment remindAfdas(long paymentId, String actor) {
        Payment payment = get(paymentId);
        payment.remindAfdas(actor, clock.instant());
        Operation operation = operations.get(payment.getOperationId());
        alerts.alert(operation, "Paiement AFDAS sans réponse : opération " + operation.getReference(), """
                L'AFDAS n'a pas répondu à la demande de paiement %s (transmise le %s). Contactez le gestionnaire AFDAS pour \
                connaître l'état du dossier ; le processus attend toujours sa réponse.""".formatted(payment.getAfdasReference(),
                FrenchDates.SHORT.format(payment.getSubmittedAt().atZone(clock.getZone()))));
        return payments.save(payment);
    }

    /** The operation's payment, 404 while it has none. */
    @Transactional(readOnly = true)
    public Payment ofOperation(Operation operation) {
        return payments.findByOperationId(operation.getId())
                .orElseThrow(() -> new NotFoundException("Pas encore de paiement pour l'opération " + operation.getReference()));
    }

    @Transactional(readOnly = true)
    public Payment payment(long paymentId) {
        return get(paymentId);
    }

    private Payment get(long paymentId) {
        return payments.findById(paymentId).orElseThrow(() -> new NotFoundException("Paiement inconnu : " + paymentId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
