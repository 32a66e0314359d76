package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;
import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_RESULT;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Attribuer une place »: enrolled while the cohort has room, else on the waiting list. */
@Component
class PlaceCandidateDelegate implements JavaDelegate {

    private final RecruitmentService recruitment;

    PlaceCandidateDelegate(RecruitmentService recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Enrolment enrolment = recruitment.place(ProcessGlue.longValue(execution, ENROLMENT_ID), ProcessGlue.actor());
        execution.setVariable(ENROLMENT_RESULT, enrolment.getStatus().name());
    }
}
