package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code aae-operation}. An operation proposed through {@code /api} arrives registered and is
 * attached here, once (a start naming an operation that already has its process is refused); one proposed through the
 * Tasklist start form is validated and registered here, and its reference becomes the business key. The routing
 * variables are always rewritten from the stored operation. A refused start stores nothing.
 */
@Component
class RegisterProposedOperationListener implements ExecutionListener {

    private final OperationService operations;
    private final OperationProposals proposals;
    private final OperationProcessStarter starter;

    RegisterProposedOperationListener(OperationService operations, OperationProposals proposals,
            OperationProcessStarter starter) {
        this.operations = operations;
        this.proposals = proposals;
        this.starter = starter;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Operation operation = ProcessGlue.onBehalfOfForm(StartFormReader.FIELDS, () -> execution.hasVariable(OPERATION_ID)
                ? operations.attachProcess(ProcessGlue.longValue(execution, OPERATION_ID), execution.getProcessBusinessKey())
                : proposals.register(StartFormReader.read(execution.getVariables()), ProcessGlue.viewer()));
        execution.removeVariables(StartFormReader.FORM_ONLY_FIELDS);
        execution.setProcessBusinessKey(operation.getReference());
        execution.setVariables(starter.variablesOf(operation));
    }
}
