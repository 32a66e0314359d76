package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Enregistrer la convention signée »: the operation leaves the partnership phase. */
@Component
class RecordAgreementSignedDelegate implements JavaDelegate {

    private final OperationService operations;

    RecordAgreementSignedDelegate(OperationService operations) {
        this.operations = operations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        operations.markAgreementSigned(ProcessGlue.longValue(execution, OPERATION_ID));
    }
}
