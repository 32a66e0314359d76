package fr.francetravail.aae.survey;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.survey.SurveyTasks.Variables.COMMENT;
import static fr.francetravail.aae.survey.SurveyTasks.Variables.HELPED;
import static fr.francetravail.aae.survey.SurveyTasks.Variables.RECOMMENDS;
import static fr.francetravail.aae.survey.SurveyTasks.Variables.SATISFACTION;

import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.platform.FormFields;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of « Répondre à l'enquête de satisfaction » by the partner ({@code Task_PartnerSurvey}) or the counsellor
 * ({@code Task_CounsellorSurvey}): the answer goes to the domain and the form's fields leave the process in the same
 * transaction. Refused answers are reported on the form's own fields.
 */
@Component
class StaffSurveyAnsweredListener implements TaskListener {

    private static final Map<String, RespondentType> RESPONDENTS = Map.of(OperationProcess.TASK_PARTNER_SURVEY, RespondentType.PARTNER,
            OperationProcess.TASK_COUNSELLOR_SURVEY, RespondentType.COUNSELLOR);
    private static final FormFields FORM_FIELDS = FormFields.renamed(Map.of("satisfaction", SATISFACTION, "helped", HELPED,
            "recommends", RECOMMENDS, "comment", COMMENT));

    private final SurveyService surveys;

    StaffSurveyAnsweredListener(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void notify(DelegateTask task) {
        RespondentType respondent = RESPONDENTS.get(task.getTaskDefinitionKey());
        if (respondent == null) {
            throw new ProcessEngineException("Tâche sans enquête : " + task.getTaskDefinitionKey());
        }
        long operationId = ProcessGlue.longValue(task, OPERATION_ID);
        String actor = ProcessGlue.actor(task);
        SurveyForm form = new SurveyForm(ProcessGlue.text(task, SATISFACTION), ProcessGlue.text(task, HELPED),
                ProcessGlue.text(task, RECOMMENDS), ProcessGlue.text(task, COMMENT));
        ProcessGlue.onBehalfOfForm(FORM_FIELDS, () -> surveys.answerAsStaff(operationId, respondent, form, actor));
        task.getExecution().removeVariables(List.of(SATISFACTION, HELPED, RECOMMENDS, COMMENT));
    }
}
