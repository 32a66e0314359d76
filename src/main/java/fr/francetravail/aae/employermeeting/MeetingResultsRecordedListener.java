package fr.francetravail.aae.employermeeting;

import static fr.francetravail.aae.operation.OperationProcess.Variables.MEETING_RESULTS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of « Saisir les résultats de la rencontre »: one row per enrolled participant, stored all or none. The rows
 * leave the process in the same transaction, so the engine never stores them.
 */
@Component
class MeetingResultsRecordedListener implements TaskListener {

    private final EmployerMeetingService meeting;

    MeetingResultsRecordedListener(EmployerMeetingService meeting) {
        this.meeting = meeting;
    }

    @Override
    public void notify(DelegateTask task) {
        long operationId = ProcessGlue.longValue(task, OPERATION_ID);
        ProcessGlue.onBehalfOfForm(() -> meeting.recordResults(operationId, RequestBatch.json(MEETING_RESULTS,
                ProcessGlue.objects(task, MEETING_RESULTS, MeetingResultRequest.class)), ProcessGlue.actor(task)));
        task.getExecution().removeVariable(MEETING_RESULTS);
    }
}
