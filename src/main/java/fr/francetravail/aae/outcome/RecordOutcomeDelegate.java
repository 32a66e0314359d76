package fr.francetravail.aae.outcome;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.CHECKPOINT;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.OUTCOME_CLASS;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.SITUATION;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.SITUATION_RECORDED_BY;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.SITUATION_SOURCE;

import fr.francetravail.aae.outcome.OutcomeService.RecordOutcome;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Enregistrer le résultat »: the checkpoint's situation, its class from the DMN table and its source, in the domain. */
@Component
class RecordOutcomeDelegate implements JavaDelegate {

    private final OutcomeService outcomes;

    RecordOutcomeDelegate(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.record(new RecordOutcome(ProcessGlue.longValue(execution, ENROLMENT_ID), ProcessGlue.longValue(execution, OPERATION_ID),
                ProcessGlue.choice(execution, CHECKPOINT, Checkpoint.class), ProcessGlue.choice(execution, SITUATION, Situation.class),
                ProcessGlue.choice(execution, OUTCOME_CLASS, OutcomeClass.class), ProcessGlue.choice(execution, SITUATION_SOURCE, OutcomeSource.class),
                ProcessGlue.text(execution, SITUATION_RECORDED_BY)));
    }
}
