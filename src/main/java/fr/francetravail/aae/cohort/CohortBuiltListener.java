package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.RECRUITMENT_DEADLINE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.CANDIDATES;
import static fr.francetravail.aae.operation.OperationProcess.Variables.CANDIDATE_IDS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_NON_WORKING_DAYS_CONFIRMED;
import static fr.francetravail.aae.operation.OperationProcess.Variables.INFO_MEETING_DATE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.cohort.RecruitmentService.Recruitment;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of « Constituer le groupe »: the form's candidates (personal data) join those added through the API, then
 * every candidate not invited yet is invited (the information meeting on a working day, unless the form confirms it). The
 * form's list and confirmation leave the process in the same transaction, so the engine never stores the list; the
 * process keeps the enrolment ids and the recruitment deadline.
 */
@Component
class CohortBuiltListener implements TaskListener {

    private final RecruitmentService recruitment;

    CohortBuiltListener(RecruitmentService recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public void notify(DelegateTask task) {
        long operationId = ProcessGlue.longValue(task, OPERATION_ID);
        Recruitment opened = ProcessGlue.onBehalfOfForm(() -> {
            List<CandidateRequest> candidates = ProcessGlue.objects(task, CANDIDATES, CandidateRequest.class);
            if (!candidates.isEmpty()) {
                recruitment.addCandidates(operationId, new CohortController.JsonCandidates(candidates), ProcessGlue.actor(task));
            }
            return recruitment.openRecruitment(operationId, ProcessGlue.date(task, INFO_MEETING_DATE),
                    ProcessGlue.flag(task, FORM_NON_WORKING_DAYS_CONFIRMED));
        });
        task.getExecution().removeVariables(List.of(CANDIDATES, FORM_NON_WORKING_DAYS_CONFIRMED));
        task.getExecution().setVariable(CANDIDATE_IDS, new ArrayList<>(opened.candidateIds()));
        task.getExecution().setVariable(RECRUITMENT_DEADLINE, Date.from(opened.deadline()));
    }
}
