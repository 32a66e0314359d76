package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code aae-operation}. An operation proposed through {@code /api} arrives registered; one proposed
 * through the Tasklist start form is validated and registered here, and its reference becomes the business key.
 * A refused form aborts the start: nothing is stored.
 */
@Component
class RegisterProposedOperationListener implements ExecutionListener {

    private final OperationService operations;
    private final OperationProcessStarter starter;

    RegisterProposedOperationListener(OperationService operations, OperationProcessStarter starter) {
        this.operations = operations;
        this.starter = starter;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.hasVariable(OPERATION_ID)) {
            return;
        }
        Operation operation = ProcessGlue.onBehalfOfForm(() -> {
            try {
                return operations.register(StartFormReader.read(execution.getVariables()), ProcessGlue.viewer());
            } catch (InvalidInputException refusal) {
                throw StartFormReader.inFormTerms(refusal);
            }
        });
        execution.setProcessBusinessKey(operation.getReference());
        execution.setVariables(starter.variablesOf(operation));
    }
}
