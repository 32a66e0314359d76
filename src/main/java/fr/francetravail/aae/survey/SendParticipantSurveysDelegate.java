package fr.francetravail.aae.survey;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Envoyer l'enquête aux participants »: a personal link to each participant who completed the action. */
@Component
class SendParticipantSurveysDelegate implements JavaDelegate {

    private final SurveyService surveys;

    SendParticipantSurveysDelegate(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        surveys.inviteParticipants(ProcessGlue.longValue(execution, OPERATION_ID));
    }
}
