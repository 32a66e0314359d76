package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.operation.OperationProcess.Variables.ACTION_ENDED_ON;
import static fr.francetravail.aae.operation.OperationProcess.Variables.COMPLETED_ENROLMENT_IDS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Terminer l'action »: who is still enrolled completed it; their follow-up counts from today. */
@Component
class EndActionDelegate implements JavaDelegate {

    private final CohortService cohort;
    private final Clock clock;

    EndActionDelegate(CohortService cohort, Clock clock) {
        this.cohort = cohort;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long operationId = ProcessGlue.longValue(execution, OPERATION_ID);
        execution.setVariable(COMPLETED_ENROLMENT_IDS, new ArrayList<>(cohort.completeAction(operationId, ProcessGlue.actor())));
        execution.setVariable(ACTION_ENDED_ON, LocalDate.now(clock).toString());
    }
}
