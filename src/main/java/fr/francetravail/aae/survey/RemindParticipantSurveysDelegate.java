package fr.francetravail.aae.survey;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Relancer les participants »: the same link to those who have not answered while it is valid, once. */
@Component
class RemindParticipantSurveysDelegate implements JavaDelegate {

    private final SurveyService surveys;

    RemindParticipantSurveysDelegate(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        surveys.remindParticipants(ProcessGlue.longValue(execution, OPERATION_ID));
    }
}
