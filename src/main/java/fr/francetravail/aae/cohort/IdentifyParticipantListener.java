package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;
import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.FRANCE_TRAVAIL_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start of a task about one participant: names them by France Travail id, the only identity a process holds. */
@Component
class IdentifyParticipantListener implements ExecutionListener {

    private final CohortService cohort;

    IdentifyParticipantListener(CohortService cohort) {
        this.cohort = cohort;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariableLocal(FRANCE_TRAVAIL_ID, cohort.franceTravailIdOf(ProcessGlue.longValue(execution, ENROLMENT_ID)));
    }
}
