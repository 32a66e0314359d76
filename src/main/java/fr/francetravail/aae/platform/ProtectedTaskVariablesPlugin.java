package fr.francetravail.aae.platform;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;
import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.FRANCE_TRAVAIL_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.ACTION_ENDED_ON;
import static fr.francetravail.aae.operation.OperationProcess.Variables.AGENCY_CODE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.COHORT_DECISION;
import static fr.francetravail.aae.operation.OperationProcess.Variables.ENROLLED_COUNT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_REFERENCE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNERSHIP_OUTCOME;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_NAME;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_SLUG;
import static fr.francetravail.aae.operation.OperationProcess.Variables.TARGET_GROUP_SIZE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.VENUE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WAITING_LIST_COUNT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WORKSHOP_ID;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.CHECKPOINT;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.LUMP_SUM;
import static fr.francetravail.aae.payment.PaymentProcess.Variables.PAYMENT_ID;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Guards the variables the processes route on, in every user task. At creation the task gets a local copy of each,
 * even of those not set yet:
 * Tasklist shows them as the filters' columns to whoever may see the task (reading the process instance's variables
 * needs more rights than a partner has), and whatever a completion sends for them lands on that copy. At completion,
 * a copy that no longer matches the process's value refuses the completion: a form cannot re-route an operation to
 * another partner or change the lump sum decided by the DMN table.
 */
@Component
class ProtectedTaskVariablesPlugin extends AbstractProcessEnginePlugin {

    static final List<String> PROTECTED = List.of(OPERATION_ID, OPERATION_REFERENCE, AGENCY_CODE, PARTNER_SLUG, PARTNER_NAME,
            VENUE, TARGET_GROUP_SIZE, LUMP_SUM, PARTNERSHIP_OUTCOME, ENROLMENT_ID, FRANCE_TRAVAIL_ID, WORKSHOP_ID, ENROLLED_COUNT,
            WAITING_LIST_COUNT, COHORT_DECISION, ACTION_ENDED_ON, CHECKPOINT, PAYMENT_ID);

    private static final TaskListener COPY = task -> PROTECTED
            .forEach(name -> task.setVariableLocal(name, task.getExecution().getVariable(name)));

    private static final TaskListener GUARD = ProtectedTaskVariablesPlugin::refuseChanges;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskParsing.onEveryUserTask(configuration, (taskKey, task) -> {
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY);
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, GUARD);
        });
    }

    private static void refuseChanges(DelegateTask task) {
        if (task.getExecution() == null) {
            // the process moved on in a concurrent transaction: the engine refuses this completion itself (optimistic locking)
            return;
        }
        List<String> changed = PROTECTED.stream()
                .filter(name -> !same(task.getVariableLocal(name), task.getExecution().getVariable(name)))
                .toList();
        if (!changed.isEmpty()) {
            throw new FormFieldValidationException(changed, "Formulaire refusé : ces valeurs ne peuvent pas être modifiées : "
                    + String.join(", ", changed));
        }
    }

    /** Forms send numbers back in the type JSON gives them: 2700 as a Long still equals the decision's Integer 2700. */
    private static boolean same(Object submitted, Object routed) {
        if (submitted instanceof Number a && routed instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(submitted, routed);
    }
}
