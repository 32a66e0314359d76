package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.CANDIDATE_DECISION;
import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.CONSENT;
import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of « Enregistrer la décision du candidat »: accepting needs the candidate's consent. */
@Component
class CandidateDecisionListener implements TaskListener {

    private final RecruitmentService recruitment;

    CandidateDecisionListener(RecruitmentService recruitment) {
        this.recruitment = recruitment;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessGlue.onBehalfOfForm(() -> recruitment.decide(ProcessGlue.longValue(task, ENROLMENT_ID),
                ProcessGlue.choice(task, CANDIDATE_DECISION, CandidateDecision.class), ProcessGlue.flag(task, CONSENT), ProcessGlue.actor(task)));
    }
}
