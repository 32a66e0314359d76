package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import fr.francetravail.aae.platform.TaskCompletionObserver;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Every task completed about an operation is progress: the inactivity alert counts from the last one. */
@Component
class OperationProgress implements TaskCompletionObserver {

    private final OperationService operations;

    OperationProgress(OperationService operations) {
        this.operations = operations;
    }

    @Override
    public void completed(DelegateTask task) {
        if (task.getVariable(OPERATION_ID) != null) {
            operations.recordProgress(ProcessGlue.longValue(task, OPERATION_ID));
        }
    }
}
