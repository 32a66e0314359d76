package fr.francetravail.aae.partnership;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Relancer la structure culturelle »: 5 days without an answer. */
@Component
class RemindPartnerDelegate implements JavaDelegate {

    private final ConventionService conventions;

    RemindPartnerDelegate(ConventionService conventions) {
        this.conventions = conventions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        conventions.remindPartner(ProcessGlue.longValue(execution, OPERATION_ID), ProcessGlue.actor());
    }
}
