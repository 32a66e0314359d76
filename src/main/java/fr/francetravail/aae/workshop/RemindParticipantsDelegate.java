package fr.francetravail.aae.workshop;

import static fr.francetravail.aae.operation.OperationProcess.Variables.WORKSHOP_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Rappeler l'atelier aux participants »: the day before, by e-mail. */
@Component
class RemindParticipantsDelegate implements JavaDelegate {

    private final WorkshopService workshops;

    RemindParticipantsDelegate(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workshops.remindParticipants(ProcessGlue.longValue(execution, WORKSHOP_ID));
    }
}
