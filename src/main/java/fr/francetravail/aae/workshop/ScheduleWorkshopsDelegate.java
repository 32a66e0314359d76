package fr.francetravail.aae.workshop;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WORKSHOP_IDS;

import fr.francetravail.aae.platform.ProcessGlue;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Planifier les ateliers »: one session per planned workshop, in date order; the series runs over their ids. */
@Component
class ScheduleWorkshopsDelegate implements JavaDelegate {

    private final WorkshopService workshops;

    ScheduleWorkshopsDelegate(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Long> ids = workshops.schedule(ProcessGlue.longValue(execution, OPERATION_ID));
        execution.setVariable(WORKSHOP_IDS, new ArrayList<>(ids));
    }
}
