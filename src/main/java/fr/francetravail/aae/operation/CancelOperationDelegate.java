package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNERSHIP_OUTCOME;

import fr.francetravail.aae.operation.OperationProcess.PartnershipOutcome;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Annuler l'opération » after a partnership that did not end in a signature. */
@Component
class CancelOperationDelegate implements JavaDelegate {

    private final OperationService operations;

    CancelOperationDelegate(OperationService operations) {
        this.operations = operations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PartnershipOutcome outcome = PartnershipOutcome.valueOf(ProcessGlue.text(execution, PARTNERSHIP_OUTCOME));
        CancellationReason reason = switch (outcome) {
            case DECLINED -> CancellationReason.CONVENTION_DECLINED;
            case ABANDONED -> CancellationReason.PARTNERSHIP_ABANDONED;
            case SIGNED -> throw new ProcessEngineException("Une convention signée n'annule pas l'opération");
        };
        operations.cancel(ProcessGlue.longValue(execution, OPERATION_ID), reason);
    }
}
