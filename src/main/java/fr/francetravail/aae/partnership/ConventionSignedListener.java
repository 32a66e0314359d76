package fr.francetravail.aae.partnership;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNERSHIP_OUTCOME;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.SIGNATURE_CONFIRMED;

import fr.francetravail.aae.operation.OperationProcess.PartnershipOutcome;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of « Signer la convention » by a manager. */
@Component
class ConventionSignedListener implements TaskListener {

    private final ConventionService conventions;

    ConventionSignedListener(ConventionService conventions) {
        this.conventions = conventions;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean confirmed = Boolean.TRUE.equals(task.getVariable(SIGNATURE_CONFIRMED));
        ProcessGlue.onBehalfOfForm(() -> conventions.sign(ProcessGlue.longValue(task, OPERATION_ID), confirmed, ProcessGlue.actor(task)));
        task.getExecution().setVariable(PARTNERSHIP_OUTCOME, PartnershipOutcome.SIGNED.name());
    }
}
