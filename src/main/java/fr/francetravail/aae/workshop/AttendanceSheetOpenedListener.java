package fr.francetravail.aae.workshop;

import static fr.francetravail.aae.operation.OperationProcess.Variables.WORKSHOP_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Creation of « Saisir la feuille d'émargement »: the sheet is about the participants enrolled when the workshop ended. */
@Component
class AttendanceSheetOpenedListener implements TaskListener {

    private final WorkshopService workshops;

    AttendanceSheetOpenedListener(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public void notify(DelegateTask task) {
        workshops.openSheet(ProcessGlue.longValue(task, WORKSHOP_ID));
    }
}
