package fr.francetravail.aae.workshop;

import static fr.francetravail.aae.operation.OperationProcess.Variables.WORKSHOP_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Relancer la structure culturelle »: the attendance sheet is late. */
@Component
class RemindAttendanceDelegate implements JavaDelegate {

    private final WorkshopService workshops;

    RemindAttendanceDelegate(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workshops.remindAttendance(ProcessGlue.longValue(execution, WORKSHOP_ID));
    }
}
