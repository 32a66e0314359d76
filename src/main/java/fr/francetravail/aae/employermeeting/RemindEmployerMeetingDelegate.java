package fr.francetravail.aae.employermeeting;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Rappeler la rencontre » to the participants and the employers' contacts, by e-mail, once per operation. */
@Component
class RemindEmployerMeetingDelegate implements JavaDelegate {

    private final EmployerMeetingService meeting;

    RemindEmployerMeetingDelegate(EmployerMeetingService meeting) {
        this.meeting = meeting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meeting.remind(ProcessGlue.longValue(execution, OPERATION_ID));
    }
}
