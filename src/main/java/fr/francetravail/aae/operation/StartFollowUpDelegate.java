package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Ouvrir le suivi des résultats »: the bilan and the surveys are done. */
@Component
class StartFollowUpDelegate implements JavaDelegate {

    private final OperationService operations;

    StartFollowUpDelegate(OperationService operations) {
        this.operations = operations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        operations.startFollowUp(ProcessGlue.longValue(execution, OPERATION_ID));
    }
}
