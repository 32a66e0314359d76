package fr.francetravail.aae.partnership;

import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.ESCALATION_COMMENT;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.ESCALATION_DECISION;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.PARTNER_COMMENT;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.PARTNER_DECISION;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.SIGNATURE_CONFIRMED;

import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.notification.NotificationService;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.partner.CulturalPartner;
import fr.francetravail.aae.partner.PartnerService;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partnership agreement of each operation, from draft to signature. */
@Service
public class ConventionService {

    private final ConventionRepository conventions;
    private final OperationService operations;
    private final PartnerService partners;
    private final NotificationService notifications;
    private final InputValidator validator;
    private final Clock clock;

    ConventionService(ConventionRepository conventions, OperationService operations, PartnerService partners,
            NotificationService notifications, InputValidator validator, Clock clock) {
        this.conventions = conventions;
        this.operations = operations;
        this.partners = partners;
        this.notifications = notifications;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public Convention draft(long operationId, ConventionDraft draft, String actor) {
        validator.validate(draft);
        Convention convention = conventions.findByOperationId(operationId).orElseGet(() -> new Convention(operationId));
        convention.draft(draft, actor, clock.instant());
        return conventions.save(convention);
    }

    /** Records the partner's answer; a comment is required unless the convention is accepted. */
    @Transactional
    public Convention answer(long operationId, PartnerDecision decision, String comment, String actor) {
        if (decision == null) {
            throw new InvalidInputException(PARTNER_DECISION, "est obligatoire");
        }
        if (decision != PartnerDecision.ACCEPTED && (comment == null || comment.isBlank())) {
            throw new InvalidInputException(PARTNER_COMMENT, "est obligatoire quand vous demandez des modifications ou refusez");
        }
        InputValidator.requireAtMost(PARTNER_COMMENT, comment, 4000);
        Convention convention = get(operationId);
        convention.answer(decision, blankToNull(comment), actor, clock.instant());
        return conventions.save(convention);
    }

    @Transactional
    public Convention sign(long operationId, boolean confirmed, String actor) {
        if (!confirmed) {
            throw new InvalidInputException(SIGNATURE_CONFIRMED, "la signature doit être confirmée");
        }
        Convention convention = get(operationId);
        convention.sign(actor, clock.instant());
        return conventions.save(convention);
    }

    /** Records the reminder and queues the message to the partner's contact. */
    @Transactional
    public void remindPartner(long operationId, String actor) {
        Convention convention = get(operationId);
        convention.remindPartner(clock.instant(), actor);
        conventions.save(convention);
        Operation operation = operations.get(operationId);
        CulturalPartner partner = partners.get(operation.getPartnerSlug());
        notifications.queue(operationId, partner.getContactEmail(),
                "Convention " + operation.getReference() + " : votre réponse est attendue",
                """
                Bonjour %s,

                La convention de partenariat de l'opération « L'Art d'accéder à l'emploi » %s (%s) attend votre réponse \
                dans Camunda Tasklist, tâche « Examiner la convention ».

                Vous pouvez l'accepter, demander des modifications ou la refuser.

                France Travail
                """.formatted(partner.getContactName(), operation.getReference(), operation.getVenue()));
    }

    @Transactional
    public Convention escalate(long operationId, EscalationDecision decision, String comment, String actor) {
        if (decision == null) {
            throw new InvalidInputException(ESCALATION_DECISION, "est obligatoire");
        }
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException(ESCALATION_COMMENT, "est obligatoire");
        }
        InputValidator.requireAtMost(ESCALATION_COMMENT, comment, 4000);
        Convention convention = get(operationId);
        convention.escalate(decision, comment, actor, clock.instant());
        return conventions.save(convention);
    }

    @Transactional(readOnly = true)
    public Optional<Convention> find(long operationId) {
        return conventions.findByOperationId(operationId);
    }

    private Convention get(long operationId) {
        return find(operationId).orElseThrow(() -> new NotFoundException("Pas de convention pour l'opération " + operationId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
