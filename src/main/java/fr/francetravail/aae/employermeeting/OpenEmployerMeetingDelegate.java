package fr.francetravail.aae.employermeeting;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The workshops are over: the operation enters the employer meeting's phase. */
@Component
class OpenEmployerMeetingDelegate implements JavaDelegate {

    private final EmployerMeetingService meeting;

    OpenEmployerMeetingDelegate(EmployerMeetingService meeting) {
        this.meeting = meeting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meeting.open(ProcessGlue.longValue(execution, OPERATION_ID));
    }
}
