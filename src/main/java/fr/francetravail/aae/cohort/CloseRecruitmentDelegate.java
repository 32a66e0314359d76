package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.operation.OperationProcess.Variables.ENROLLED_COUNT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.EXTENSION_AVAILABLE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WAITING_LIST_COUNT;

import fr.francetravail.aae.cohort.RecruitmentService.CohortCounts;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Clore le recrutement »: every candidate has answered or the deadline passed; the counts the decision needs. */
@Component
class CloseRecruitmentDelegate implements JavaDelegate {

    private final RecruitmentService recruitment;

    CloseRecruitmentDelegate(RecruitmentService recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CohortCounts counts = recruitment.closeRecruitment(ProcessGlue.longValue(execution, OPERATION_ID));
        execution.setVariable(ENROLLED_COUNT, counts.enrolled());
        execution.setVariable(WAITING_LIST_COUNT, counts.waitingList());
        execution.setVariable(EXTENSION_AVAILABLE, counts.extensionAvailable());
    }
}
