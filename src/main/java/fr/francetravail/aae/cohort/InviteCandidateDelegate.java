package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;
import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.FRANCE_TRAVAIL_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Inviter à la réunion d'information »: the invitation leaves by e-mail; the task names the job seeker by id. */
@Component
class InviteCandidateDelegate implements JavaDelegate {

    private final RecruitmentService recruitment;
    private final CohortService cohort;

    InviteCandidateDelegate(RecruitmentService recruitment, CohortService cohort) {
        this.recruitment = recruitment;
        this.cohort = cohort;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long enrolmentId = ProcessGlue.longValue(execution, ENROLMENT_ID);
        recruitment.invite(enrolmentId, ProcessGlue.actor());
        execution.setVariable(FRANCE_TRAVAIL_ID, cohort.franceTravailIdOf(enrolmentId));
    }
}
