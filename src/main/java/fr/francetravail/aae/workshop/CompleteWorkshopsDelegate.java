package fr.francetravail.aae.workshop;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Clore la série d'ateliers »: every workshop took place. */
@Component
class CompleteWorkshopsDelegate implements JavaDelegate {

    private final WorkshopService workshops;

    CompleteWorkshopsDelegate(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workshops.completeSeries(ProcessGlue.longValue(execution, OPERATION_ID));
    }
}
