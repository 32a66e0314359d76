package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.CancellationProcess.Variables.CANCELLATION_COMMENT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_REFERENCE;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Demander l'annulation » of {@code aae-operation-cancellation}: the manager's request, checked and recorded by
 * {@link OperationCancellations#requestCancellation} like {@code POST /api/operations/{ref}/cancellation}. The reason is
 * removed from the instance once handed to the domain.
 */
@Component
class RequestCancellationDelegate implements JavaDelegate {

    private final OperationCancellations cancellations;

    RequestCancellationDelegate(OperationCancellations cancellations) {
        this.cancellations = cancellations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Operation operation = ProcessGlue.onBehalfOfStartForm(CancellationProcess.FIELDS, OPERATION_REFERENCE,
                () -> cancellations.requestCancellation(ProcessGlue.text(execution, OPERATION_REFERENCE),
                        new CancellationRequest(ProcessGlue.text(execution, CANCELLATION_COMMENT)), ProcessGlue.viewer()));
        execution.removeVariable(CANCELLATION_COMMENT);
        execution.setProcessBusinessKey(operation.getReference());
    }
}
