package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FOLLOW_UP_COMMENT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FOLLOW_UP_OUTCOME;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WITHDRAWAL_REASON;

import fr.francetravail.aae.operation.OperationProcess.FollowUpOutcome;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of « Suivre le participant absent »: the counsellor's note is kept with the enrolment, and the participant
 * withdraws if they chose to (someone who withdrew meanwhile, through the API, keeps that withdrawal). The form's answers
 * may name people: they leave the process in the same transaction.
 */
@Component
class AbsenceFollowedUpListener implements TaskListener {

    private final ParticipationService participation;

    AbsenceFollowedUpListener(ParticipationService participation) {
        this.participation = participation;
    }

    @Override
    public void notify(DelegateTask task) {
        long enrolmentId = ProcessGlue.longValue(task, ENROLMENT_ID);
        String actor = ProcessGlue.actor(task);
        ProcessGlue.onBehalfOfForm(() -> {
            FollowUpOutcome outcome = ProcessGlue.choice(task, FOLLOW_UP_OUTCOME, FollowUpOutcome.class);
            Enrolment enrolment = participation.recordAbsenceFollowUp(enrolmentId, ProcessGlue.text(task, FOLLOW_UP_COMMENT), actor);
            return outcome == FollowUpOutcome.WITHDRAWS && !enrolment.isWithdrawn()
                    ? participation.withdraw(enrolmentId, ProcessGlue.text(task, WITHDRAWAL_REASON), actor) : enrolment;
        });
        task.getExecution().removeVariables(List.of(FOLLOW_UP_OUTCOME, FOLLOW_UP_COMMENT, WITHDRAWAL_REASON));
    }
}
