package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Constater l'absence de réponse »: the recruitment deadline passed without an answer. */
@Component
class ExpireCandidateDelegate implements JavaDelegate {

    private final RecruitmentService recruitment;

    ExpireCandidateDelegate(RecruitmentService recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recruitment.expire(ProcessGlue.longValue(execution, ENROLMENT_ID), ProcessGlue.actor());
    }
}
