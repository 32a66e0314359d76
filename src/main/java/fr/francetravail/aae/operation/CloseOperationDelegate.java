package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Clore l'opération »: every follow-up is done. */
@Component
class CloseOperationDelegate implements JavaDelegate {

    private final OperationService operations;

    CloseOperationDelegate(OperationService operations) {
        this.operations = operations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        operations.close(ProcessGlue.longValue(execution, OPERATION_ID));
    }
}
