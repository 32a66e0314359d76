package fr.francetravail.aae.employermeeting;

import static fr.francetravail.aae.operation.OperationProcess.Variables.EMPLOYERS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of « Inviter les entreprises »: the form's companies (their contacts are personal data) join those
 * registered through the API, all or none; the meeting needs at least one. The list leaves the process in the same
 * transaction, so the engine never stores it.
 */
@Component
class EmployersRegisteredListener implements TaskListener {

    private final EmployerMeetingService meeting;

    EmployersRegisteredListener(EmployerMeetingService meeting) {
        this.meeting = meeting;
    }

    @Override
    public void notify(DelegateTask task) {
        long operationId = ProcessGlue.longValue(task, OPERATION_ID);
        ProcessGlue.onBehalfOfForm(() -> {
            List<EmployerRequest> employers = ProcessGlue.objects(task, EMPLOYERS, EmployerRequest.class);
            if (!employers.isEmpty()) {
                meeting.register(operationId, RequestBatch.json(EMPLOYERS, employers), ProcessGlue.actor(task));
            }
            if (meeting.employers(operationId).isEmpty()) {
                throw new InvalidInputException(EMPLOYERS, "inscrivez au moins une entreprise à la rencontre");
            }
            return null;
        });
        task.getExecution().removeVariable(EMPLOYERS);
    }
}
