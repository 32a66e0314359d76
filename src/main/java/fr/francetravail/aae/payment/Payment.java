package fr.francetravail.aae.payment;

import fr.francetravail.aae.common.StateConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The payment of an operation's lump sum to its cultural partner by AFDAS, once and only once: its requirements, the
 * manager's validation (four eyes), each submission to AFDAS under its own idempotency key, and AFDAS's settlement or
 * rejection. Amounts are in EUR, two decimals. Every step is kept in the audit trail.
 */
@Table("payment")
public class Payment {

    /** Who acts when AFDAS answers. */
    static final String AFDAS_ACTOR = "AFDAS";

    private static final Set<PaymentState> CHECKABLE = EnumSet.of(PaymentState.OPENED, PaymentState.REQUIREMENTS_MISSING,
            PaymentState.AWAITING_VALIDATION, PaymentState.RETURNED, PaymentState.REJECTED);
    private static final Set<PaymentState> TO_COMPLETE = EnumSet.of(PaymentState.REQUIREMENTS_MISSING, PaymentState.RETURNED,
            PaymentState.REJECTED);
    private static final Set<PaymentEventType> ANSWERS = EnumSet.of(PaymentEventType.SETTLED, PaymentEventType.REJECTED);

    @Id
    private Long id;
    private Long operationId;
    private PaymentState state;
    private BigDecimal amount;
    private String missingRequirements;
    private Instant openedAt;
    private Instant requestedAt;
    private String fileCompletedBy;
    private String validatedBy;
    private Instant validatedAt;
    private int submissionCount;
    private String afdasReference;
    private Instant submittedAt;
    private LocalDate settledOn;
    private BigDecimal settledAmount;
    private String rejectionReason;
    private Instant updatedAt;
    @MappedCollection(idColumn = "payment_id", keyColumn = "position")
    private List<PaymentEvent> events = new ArrayList<>();
    @Version
    private Integer version;

    private Payment() {
    }

    Payment(long operationId, String actor, Instant now) {
        this.operationId = operationId;
        this.state = PaymentState.OPENED;
        this.openedAt = now;
        record(PaymentEventType.OPENED, actor, null, null, now);
    }

    /** The requirements were checked: the missing ones (in French) to complete, or none and the amount to request. */
    void recordEligibility(List<String> missing, BigDecimal amount, String actor, Instant now) {
        require(CHECKABLE, "vérifiée");
        if (!missing.isEmpty()) {
            state = PaymentState.REQUIREMENTS_MISSING;
            missingRequirements = String.join(" ; ", missing);
            record(PaymentEventType.ELIGIBILITY_CHECKED, actor, "Exigences manquantes : " + missingRequirements, null, now);
            return;
        }
        if (amount == null || amount.signum() <= 0) {
            throw new StateConflictException("Le montant du forfait est absent ou nul : la table payment-eligibility doit le donner");
        }
        state = PaymentState.AWAITING_VALIDATION;
        this.amount = amount;
        missingRequirements = null;
        requestedAt = now;
        record(PaymentEventType.ELIGIBILITY_CHECKED, actor, "Exigences remplies, montant demandé : " + amount.toPlainString() + " EUR",
                null, now);
    }

    /** The counsellor completed the file (after missing requirements, a manager's return or AFDAS's rejection). */
    void completeFile(String comment, String actor, Instant now) {
        require(TO_COMPLETE, "complétée");
        fileCompletedBy = actor;
        record(PaymentEventType.FILE_COMPLETED, actor, comment, null, now);
    }

    /**
     * Why {@code user} may not validate this request, if they may not: the author of the bilan and the counsellor who
     * last completed the file are the first pair of eyes.
     */
    Optional<String> fourEyesObjection(String user, String bilanAuthor) {
        if (user == null) {
            return Optional.empty();
        }
        if (user.equals(bilanAuthor)) {
            return Optional.of("Vous avez rédigé le bilan de l'action : un autre manager doit valider la demande de paiement (principe des quatre yeux)");
        }
        if (user.equals(fileCompletedBy)) {
            return Optional.of("Vous avez complété le dossier de paiement : un autre manager doit valider la demande de paiement (principe des quatre yeux)");
        }
        return Optional.empty();
    }

    void validate(String actor, Instant now) {
        require(EnumSet.of(PaymentState.AWAITING_VALIDATION), "validée");
        state = PaymentState.VALIDATED;
        validatedBy = actor;
        validatedAt = now;
        record(PaymentEventType.VALIDATED, actor, null, null, now);
    }

    void returnFile(String comment, String actor, Instant now) {
        require(EnumSet.of(PaymentState.AWAITING_VALIDATION), "renvoyée au conseiller");
        state = PaymentState.RETURNED;
        record(PaymentEventType.RETURNED, actor, comment, null, now);
    }

    /** Why the counsellor has the file back, in French: the missing requirements, the manager's return or AFDAS's rejection. */
    String situation() {
        return switch (state) {
            case REQUIREMENTS_MISSING -> "Conditions manquantes : " + missingRequirements + ".";
            case RETURNED -> "Le manager a renvoyé la demande : " + lastDetail(PaymentEventType.RETURNED);
            case REJECTED -> "L'AFDAS a rejeté la demande " + afdasReference + " : " + rejectionReason;
            default -> "Demande à l'état " + state + ".";
        };
    }

    private String lastDetail(PaymentEventType type) {
        return events.stream().filter(event -> event.type() == type).reduce((first, second) -> second).map(PaymentEvent::detail)
                .orElse("");
    }

    /** Whether the submission of the current validation is still to be recorded. */
    boolean awaitsSubmission() {
        if (state == PaymentState.VALIDATED) {
            return true;
        }
        if (state == PaymentState.SUBMITTED || state == PaymentState.SETTLED) {
            return false;
        }
        throw conflict("transmise à l'AFDAS");
    }

    /**
     * The key of the submission to make: the same for every attempt of one submission, a new one after a rejection,
     * so AFDAS can tell a retry from a new request.
     */
    String idempotencyKey(String operationReference) {
        return operationReference + "-" + (submissionCount + 1);
    }

    /** AFDAS received the validated request under its reference. */
    void recordSubmitted(String idempotencyKey, String reference, String actor, Instant now) {
        require(EnumSet.of(PaymentState.VALIDATED), "transmise à l'AFDAS");
        state = PaymentState.SUBMITTED;
        submissionCount++;
        afdasReference = reference;
        submittedAt = now;
        rejectionReason = null;
        record(PaymentEventType.SUBMITTED, actor, "Demande n° " + submissionCount + ", clé d'idempotence " + idempotencyKey, reference, now);
    }

    /** AFDAS paid; a callback about a reference already answered, or about an earlier submission, changes nothing. */
    CallbackOutcome settle(String reference, BigDecimal paidAmount, LocalDate paidOn, Instant now) {
        if (isRepeated(reference)) {
            return ignoreDuplicate(reference, "règlement", now);
        }
        requireSubmitted(reference, "réglée");
        state = PaymentState.SETTLED;
        settledAmount = paidAmount == null ? amount : paidAmount;
        settledOn = paidOn;
        record(PaymentEventType.SETTLED, AFDAS_ACTOR, "Réglée le " + paidOn + " : " + settledAmount.toPlainString() + " EUR", reference, now);
        return CallbackOutcome.APPLIED;
    }

    /** AFDAS rejected the file; the counsellor completes it before a new submission. */
    CallbackOutcome reject(String reference, String reason, Instant now) {
        if (isRepeated(reference)) {
            return ignoreDuplicate(reference, "rejet", now);
        }
        requireSubmitted(reference, "rejetée");
        state = PaymentState.REJECTED;
        rejectionReason = reason;
        record(PaymentEventType.REJECTED, AFDAS_ACTOR, reason, reference, now);
        return CallbackOutcome.APPLIED;
    }

    /** The managers reminded AFDAS, silent since the submission. */
    void remindAfdas(String actor, Instant now) {
        require(EnumSet.of(PaymentState.SUBMITTED), "relancée auprès de l'AFDAS");
        record(PaymentEventType.AFDAS_REMINDED, actor, "AFDAS relancée, sans réponse depuis la demande du " + submittedAt, afdasReference, now);
    }

    /**
     * An answer about a reference AFDAS already settled or rejected, whatever the payment's state since, or about a
     * submission that a later one replaced.
     */
    private boolean isRepeated(String reference) {
        boolean current = reference.equals(afdasReference);
        return events.stream().filter(event -> reference.equals(event.afdasReference()))
                .anyMatch(event -> ANSWERS.contains(event.type()) || !current && event.type() == PaymentEventType.SUBMITTED);
    }

    private CallbackOutcome ignoreDuplicate(String reference, String what, Instant now) {
        record(PaymentEventType.DUPLICATE_CALLBACK_IGNORED, AFDAS_ACTOR, "Doublon ignoré : " + what + " déjà traité ou demande antérieure",
                reference, now);
        return CallbackOutcome.DUPLICATE;
    }

    private void requireSubmitted(String reference, String action) {
        if (state != PaymentState.SUBMITTED || !reference.equals(afdasReference)) {
            throw new StateConflictException("Le paiement est à l'état " + state + " (référence AFDAS " + afdasReference
                    + ") : la demande " + reference + " ne peut pas être " + action);
        }
    }

    private void require(Set<PaymentState> expected, String action) {
        if (!expected.contains(state)) {
            throw conflict(action);
        }
    }

    private StateConflictException conflict(String action) {
        return new StateConflictException("Le paiement est à l'état " + state + " : la demande ne peut pas être " + action);
    }

    private void record(PaymentEventType type, String actor, String detail, String reference, Instant now) {
        events.add(new PaymentEvent(type, actor, detail, reference, now));
        updatedAt = now;
    }

    /** What a callback of AFDAS did. */
    enum CallbackOutcome { APPLIED, DUPLICATE }

    public Long getId() {
        return id;
    }

    public Long getOperationId() {
        return operationId;
    }

    public PaymentState getState() {
        return state;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    /** The requirements missing at the last check, in French, separated by « ; ». */
    public String getMissingRequirements() {
        return missingRequirements;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getFileCompletedBy() {
        return fileCompletedBy;
    }

    public String getValidatedBy() {
        return validatedBy;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    public int getSubmissionCount() {
        return submissionCount;
    }

    public String getAfdasReference() {
        return afdasReference;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }

    public BigDecimal getSettledAmount() {
        return settledAmount;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<PaymentEvent> getEvents() {
        return List.copyOf(events);
    }
}
