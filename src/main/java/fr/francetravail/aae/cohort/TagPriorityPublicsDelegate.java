package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Identifier les publics prioritaires »: the DMN table's tags are stored with the enrolment, not in the process. */
@Component
class TagPriorityPublicsDelegate implements JavaDelegate {

    private final RecruitmentService recruitment;

    TagPriorityPublicsDelegate(RecruitmentService recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recruitment.tagPriorityPublics(ProcessGlue.longValue(execution, ENROLMENT_ID));
    }
}
