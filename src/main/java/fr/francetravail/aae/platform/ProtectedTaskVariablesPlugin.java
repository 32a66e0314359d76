package fr.francetravail.aae.platform;

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
 * Guards the variables the processes route on (as their features declare them), in every user task. At creation the task gets a local copy of each,
 * even of those not set yet:
 * Tasklist shows them as the filters' columns to whoever may see the task (reading the process instance's variables
 * needs more rights than a partner has), and whatever a completion sends for them lands on that copy. At completion,
 * a copy that no longer matches the process's value refuses the completion: a form cannot re-route an operation to
 * another partner or change the lump sum decided by the DMN table.
 */
@Component
class ProtectedTaskVariablesPlugin extends AbstractProcessEnginePlugin {

    private final ProcessDeclarations declarations;

    ProtectedTaskVariablesPlugin(ProcessDeclarations declarations) {
        this.declarations = declarations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener copy = this::copy;
        TaskListener guard = this::refuseChanges;
        UserTaskParsing.onEveryUserTask(configuration, (taskKey, task) -> {
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, copy);
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, guard);
        });
    }

    private void copy(DelegateTask task) {
        declarations.routingVariables().forEach(name -> task.setVariableLocal(name, task.getExecution().getVariable(name)));
    }

    private void refuseChanges(DelegateTask task) {
        if (task.getExecution() == null) {
            // the process moved on in a concurrent transaction: the engine refuses this completion itself (optimistic locking)
            return;
        }
        List<String> changed = declarations.routingVariables().stream().sorted()
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
