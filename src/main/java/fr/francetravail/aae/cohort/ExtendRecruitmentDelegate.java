package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Prolonger le recrutement »: once, back to the counsellors to add candidates. */
@Component
class ExtendRecruitmentDelegate implements JavaDelegate {

    private final RecruitmentService recruitment;

    ExtendRecruitmentDelegate(RecruitmentService recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recruitment.extendRecruitment(ProcessGlue.longValue(execution, OPERATION_ID));
    }
}
