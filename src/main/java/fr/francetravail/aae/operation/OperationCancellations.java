package fr.francetravail.aae.operation;

import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.notification.NotificationService;
import fr.francetravail.aae.partner.CulturalPartner;
import fr.francetravail.aae.partner.PartnerService;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancellation of an operation: requested by a manager before the end of the action (the process is told), or reached
 * by the process itself (a failed phase, or the manager's request): the partner is told by e-mail and
 * {@link OperationCancelled} tells every feature that holds part of the operation.
 */
@Service
public class OperationCancellations {

    private final OperationRepository operations;
    private final OperationService lifecycle;
    private final PartnerService partners;
    private final InputValidator validator;
    private final OperationWorkflow workflow;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OperationCancellations(OperationRepository operations, OperationService lifecycle, PartnerService partners,
            InputValidator validator, OperationWorkflow workflow, NotificationService notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.operations = operations;
        this.lifecycle = lifecycle;
        this.partners = partners;
        this.validator = validator;
        this.workflow = workflow;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Cancels the operation; the partner is told, and so is every part of the service that holds some of it. */
    @Transactional
    public Operation cancel(long operationId, CancellationReason reason, String actor) {
        Operation operation = lifecycle.cancel(operationId, reason);
        CulturalPartner partner = partners.get(operation.getPartnerSlug());
        notifications.queue(operationId, partner.getContactEmail(), "Opération " + operation.getReference() + " annulée", """
                Bonjour %s,

                L'opération « L'Art d'accéder à l'emploi » %s (%s) est annulée%s. Les tâches qui vous restaient dans \
                Camunda Tasklist sont closes.

                France Travail
                """.formatted(partner.getContactName(), operation.getReference(), operation.getVenue(),
                reason == CancellationReason.MANAGER_DECISION ? " : " + operation.getCancellationComment() : ""));
        events.publishEvent(new OperationCancelled(operation, actor));
        return operation;
    }

    /**
     * A manager of its region cancels the operation before the end of the action, with a reason; the process closes its tasks and
     * notifies the partner and the participants. Through {@code /api} and Tasklist's « Annuler une opération » alike.
     */
    @Transactional
    public Operation requestCancellation(String reference, CancellationRequest request, Viewer manager) {
        Operation operation = lifecycle.get(reference, manager);
        if (!manager.managesRegion(operation.getRegion())) {
            throw new AccessDeniedException("Réservé aux managers de la région de l'opération");
        }
        validator.validate(request);
        operation.requestCancellation(request.reason().strip(), manager.userId(), clock.instant());
        Operation saved = operations.save(operation);
        workflow.cancel(saved);
        return saved;
    }
}
