package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.BILAN_COURSE_OF_ACTION;
import static fr.francetravail.aae.operation.OperationProcess.Variables.BILAN_IMPROVEMENTS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.BILAN_RENEW_PARTNERSHIP;
import static fr.francetravail.aae.operation.OperationProcess.Variables.BILAN_STRENGTHS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of « Rédiger le bilan de l'action »: the bilan goes to the domain with its author. Its free text may name
 * people: it leaves the process in the same transaction.
 */
@Component
class BilanWrittenListener implements TaskListener {

    private final ActionReviews actionReviews;

    BilanWrittenListener(ActionReviews actionReviews) {
        this.actionReviews = actionReviews;
    }

    @Override
    public void notify(DelegateTask task) {
        BilanCommand bilan = new BilanCommand(ProcessGlue.text(task, BILAN_COURSE_OF_ACTION), ProcessGlue.text(task, BILAN_STRENGTHS),
                ProcessGlue.text(task, BILAN_IMPROVEMENTS), ProcessGlue.flag(task, BILAN_RENEW_PARTNERSHIP));
        ProcessGlue.onBehalfOfForm(() -> actionReviews.writeBilan(ProcessGlue.longValue(task, OPERATION_ID), bilan, ProcessGlue.actor(task)));
        task.getExecution().removeVariables(List.of(BILAN_COURSE_OF_ACTION, BILAN_STRENGTHS, BILAN_IMPROVEMENTS, BILAN_RENEW_PARTNERSHIP));
    }
}
