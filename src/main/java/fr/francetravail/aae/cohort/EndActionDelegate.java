package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.operation.OperationProcess.Variables.ACTION_ENDED_ON;
import static fr.francetravail.aae.operation.OperationProcess.Variables.COMPLETED_ENROLMENT_IDS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Terminer l'action »: who is still enrolled completed it; their follow-up counts from the day the action ended, the
 * operation's today (see {@link fr.francetravail.aae.operation.OperationCalendar}).
 */
@Component
class EndActionDelegate implements JavaDelegate {

    private final ParticipationService participation;
    private final OperationService operations;

    EndActionDelegate(ParticipationService participation, OperationService operations) {
        this.participation = participation;
        this.operations = operations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long operationId = ProcessGlue.longValue(execution, OPERATION_ID);
        execution.setVariable(COMPLETED_ENROLMENT_IDS, new ArrayList<>(participation.completeAction(operationId, ProcessGlue.actor())));
        execution.setVariable(ACTION_ENDED_ON, operations.get(operationId).getActionEndedOn().toString());
    }
}
