package fr.francetravail.aae.outcome;

import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.SITUATION;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.SITUATION_RECORDED_BY;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.SITUATION_SOURCE;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of « Qualifier la situation »: a known situation is required; the counsellor is recorded as its source. */
@Component
class SituationQualifiedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Situation situation = ProcessGlue.onBehalfOfForm(() -> {
            if (OutcomeFollowUpProcess.SITUATION_UNKNOWN.equals(ProcessGlue.text(task, SITUATION))) {
                throw new InvalidInputException(SITUATION, "choisissez la situation du participant à ce point du suivi");
            }
            return ProcessGlue.choice(task, SITUATION, Situation.class);
        });
        task.setVariable(SITUATION, situation.name());
        task.setVariable(SITUATION_SOURCE, OutcomeSource.COUNSELLOR.name());
        task.setVariable(SITUATION_RECORDED_BY, ProcessGlue.actor(task));
    }
}
