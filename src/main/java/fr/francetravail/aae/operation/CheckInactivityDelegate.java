package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.INACTIVE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.LAST_PROGRESS_ON;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Vérifier l'avancement »: whether the operation has stood still long enough for the managers to hear of it. */
@Component
class CheckInactivityDelegate implements JavaDelegate {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OperationService operations;
    private final Clock clock;

    CheckInactivityDelegate(OperationService operations, Clock clock) {
        this.operations = operations;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long operationId = ProcessGlue.longValue(execution, OPERATION_ID);
        boolean inactive = operations.raiseInactivityAlert(operationId);
        execution.setVariableLocal(INACTIVE, inactive);
        if (inactive) {
            execution.setVariableLocal(LAST_PROGRESS_ON,
                    FRENCH_DATE.format(operations.get(operationId).getLastProgressAt().atZone(clock.getZone())));
        }
    }
}
