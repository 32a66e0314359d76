package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.common.FrenchDates;
import fr.francetravail.aae.platform.ProcessGlue;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Alerter les managers »: the operation has not moved since its last progress; every manager gets an e-mail. */
@Component
class AlertManagersOfInactivityDelegate implements JavaDelegate {

    private final OperationService operations;
    private final ManagerAlerts alerts;
    private final Clock clock;

    AlertManagersOfInactivityDelegate(OperationService operations, ManagerAlerts alerts, Clock clock) {
        this.operations = operations;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Operation operation = operations.get(ProcessGlue.longValue(execution, OPERATION_ID));
        String since = FrenchDates.SHORT.format(operation.getLastProgressAt().atZone(clock.getZone()));
        alerts.alert(operation, "Opération " + operation.getReference() + " sans avancement depuis le " + since,
                "L'opération n'a pas avancé depuis le " + since + " (aucune tâche terminée, aucun changement de phase, état "
                        + operation.getStatus() + "). Voyez avec l'agence et la structure culturelle ce qui la bloque : relancez-les, "
                        + "ou annulez l'opération si elle ne peut plus avoir lieu.");
    }
}
