package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.AGENCY_CODE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.CANCELLATION_REASON;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_REFERENCE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_NAME;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_SLUG;
import static fr.francetravail.aae.operation.OperationProcess.Variables.TARGET_GROUP_SIZE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.VENUE;

import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.partner.PartnerService;
import fr.francetravail.aae.platform.EngineSystem;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts {@code aae-operation} for a registered operation, with the variables every phase routes on, and stops it with
 * message {@code OperationCancelled} when a manager cancels it.
 */
@Component
class OperationProcessStarter implements OperationWorkflow {

    private final RuntimeService runtime;
    private final PartnerService partners;
    private final EngineSystem engine;

    OperationProcessStarter(RuntimeService runtime, PartnerService partners, EngineSystem engine) {
        this.runtime = runtime;
        this.partners = partners;
        this.engine = engine;
    }

    @Override
    public void start(Operation operation) {
        runtime.startProcessInstanceByKey(OperationProcess.KEY, operation.getReference(), variablesOf(operation));
    }

    /** The service has checked that the caller is a manager who sees the operation: the engine is told as the system. */
    @Override
    public void cancel(Operation operation) {
        try {
            engine.call(() -> runtime.createMessageCorrelation(OperationProcess.MESSAGE_OPERATION_CANCELLED)
                    .processInstanceBusinessKey(operation.getReference())
                    .setVariable(CANCELLATION_REASON, CancellationReason.MANAGER_DECISION.name())
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw new StateConflictException("L'opération " + operation.getReference() + " ne peut plus être annulée : l'action est terminée");
        }
    }

    @Override
    public Map<String, Object> variablesOf(Operation operation) {
        return Variables.createVariables()
                .putValue(OPERATION_ID, operation.getId())
                .putValue(OPERATION_REFERENCE, operation.getReference())
                .putValue(AGENCY_CODE, operation.getAgencyCode())
                .putValue(PARTNER_SLUG, operation.getPartnerSlug())
                .putValue(PARTNER_NAME, partners.get(operation.getPartnerSlug()).getName())
                .putValue(VENUE, operation.getVenue())
                .putValue(TARGET_GROUP_SIZE, operation.getTargetGroupSize());
    }
}
