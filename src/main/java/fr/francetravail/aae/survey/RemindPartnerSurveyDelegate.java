package fr.francetravail.aae.survey;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Relancer la structure culturelle »: its survey task is still waiting. */
@Component
class RemindPartnerSurveyDelegate implements JavaDelegate {

    private final SurveyService surveys;

    RemindPartnerSurveyDelegate(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        surveys.remindPartner(ProcessGlue.longValue(execution, OPERATION_ID));
    }
}
