package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.CANCELLATION_REASON;
import static fr.francetravail.aae.operation.OperationProcess.Variables.COHORT_DECISION;
import static fr.francetravail.aae.operation.OperationProcess.Variables.COHORT_VALIDATION;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNERSHIP_OUTCOME;

import fr.francetravail.aae.operation.OperationProcess.CohortDecision;
import fr.francetravail.aae.operation.OperationProcess.CohortValidation;
import fr.francetravail.aae.operation.OperationProcess.PartnershipOutcome;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Annuler l'opération », reached when a manager cancels the operation (message {@code OperationCancelled}) or from the
 * phase that failed; then the reason is the answer that routed there, latest phase first: the manager's refusal of the
 * cohort, the cohort decision, the partnership's outcome.
 */
@Component
class CancelOperationDelegate implements JavaDelegate {

    private final OperationCancellations cancellations;

    CancelOperationDelegate(OperationCancellations cancellations) {
        this.cancellations = cancellations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cancellations.cancel(ProcessGlue.longValue(execution, OPERATION_ID), reason(execution), ProcessGlue.actor());
    }

    private static CancellationReason reason(DelegateExecution execution) {
        if (CancellationReason.MANAGER_DECISION.name().equals(ProcessGlue.text(execution, CANCELLATION_REASON))) {
            return CancellationReason.MANAGER_DECISION;
        }
        if (CohortValidation.REJECTED.name().equals(ProcessGlue.text(execution, COHORT_VALIDATION))) {
            return CancellationReason.COHORT_REJECTED;
        }
        if (CohortDecision.CANCEL.name().equals(ProcessGlue.text(execution, COHORT_DECISION))) {
            return CancellationReason.COHORT_TOO_SMALL;
        }
        return switch (PartnershipOutcome.valueOf(ProcessGlue.text(execution, PARTNERSHIP_OUTCOME))) {
            case DECLINED -> CancellationReason.CONVENTION_DECLINED;
            case ABANDONED -> CancellationReason.PARTNERSHIP_ABANDONED;
            case SIGNED -> throw new ProcessEngineException("Aucun motif d'annulation : la convention est signée et le groupe n'est pas refusé");
        };
    }
}
