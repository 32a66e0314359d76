package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.INACTIVE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Vérifier l'avancement »: whether the operation has stood still long enough for the managers to hear of it. */
@Component
class CheckInactivityDelegate implements JavaDelegate {

    private final OperationService operations;

    CheckInactivityDelegate(OperationService operations) {
        this.operations = operations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariableLocal(INACTIVE, operations.raiseInactivityAlert(ProcessGlue.longValue(execution, OPERATION_ID)));
    }
}
