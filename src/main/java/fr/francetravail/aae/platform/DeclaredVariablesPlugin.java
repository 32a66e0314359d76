package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.NoneStartEventActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * A user's task completion or process start writes only the variables its element declares: the fields of the deployed
 * Camunda Form it shows ({@code camunda:formRef}) and what a feature declares ({@link ProcessDeclaration#variablesByElement()}).
 * Checked inside the engine, whatever the door (Tasklist, {@code /engine-rest}, the webapps' engine API, {@code complete},
 * {@code submit-form}, {@code resolve}, {@code start}, a message or a signal starting a process): the variables this
 * command has written are compared with the allow-list before the task completes or the process starts, and a refusal
 * rolls the whole command back, so nothing is stored. The engine's own work (jobs, timers, {@link EngineSystem}) has no
 * authenticated user and is not checked; a process started by a call activity gets what its model maps in.
 * The routing variables each task holds a copy of stay the business of {@link ProtectedTaskVariablesPlugin}.
 * The form found is also the command's {@link SubmittedForm}, whose labels name the fields a listener refuses.
 */
@Component
class DeclaredVariablesPlugin extends AbstractProcessEnginePlugin {

    private final ProcessDeclarations declarations;
    private final Map<String, CamundaForm> formsByDefinitionId = new ConcurrentHashMap<>();

    DeclaredVariablesPlugin(ProcessDeclarations declarations) {
        this.declarations = declarations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        SubmittedForm.register(configuration);
        TaskListener checkCompletion = this::checkCompletion;
        ExecutionListener checkStart = this::checkStart;
        UserTaskParsing.onEveryUserTask(configuration, (taskKey, task) -> {
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, checkCompletion);
            // resolving a delegated task (resolve, submit-form) and setting its local variables end with this event
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, checkCompletion);
        });
        UserTaskParsing.onEveryProcess(configuration, process -> process.addBuiltInListener(ExecutionListener.EVENTNAME_START, checkStart));
    }

    /** A completion, or any other write through the task: what the task's form and the features declare for it. */
    private void checkCompletion(DelegateTask delegate) {
        TaskEntity task = (TaskEntity) delegate;
        if (!byUser() || task.getExecution() == null) {
            return;
        }
        Set<String> allowed = new HashSet<>(declarations.routingVariables());
        allowed.addAll(declarations.variablesOf(task.getTaskDefinitionKey()));
        CamundaForm form = deployedForm(task.getTaskDefinition().getFormDefinition(), task, task.getProcessDefinition().getDeploymentId());
        SubmittedForm.record(form);
        allowed.addAll(variablesOf(form));
        refuseUndeclared(task, allowed, task.getName());
    }

    private void checkStart(DelegateExecution delegate) {
        ExecutionEntity instance = (ExecutionEntity) delegate;
        if (!byUser() || instance.getSuperExecution() != null) {
            return;
        }
        ProcessDefinitionEntity process = instance.getProcessDefinition();
        ActivityImpl start = instance.getActivity();
        if (start == null || start.getFlowScope() != process || !(start.getActivityBehavior() instanceof NoneStartEventActivityBehavior)) {
            // a start before another activity (startInstructions) would skip the start event and take variables per instruction
            String reason = "le processus « " + process.getName() + " » démarre par son événement de début";
            throw refusal(List.of(new FieldViolation("startInstructions", reason)), "Démarrage refusé : " + reason);
        }
        Set<String> allowed = new HashSet<>(declarations.variablesOf(start.getId()));
        if (start == process.getInitial()) {
            CamundaForm form = deployedForm(process.getStartFormDefinition(), null, process.getDeploymentId());
            SubmittedForm.record(form);
            allowed.addAll(variablesOf(form));
        }
        // the parser keeps a start event's name as a property
        refuseUndeclared(instance, allowed, (String) start.getProperty("name"));
    }

    private static boolean byUser() {
        return Context.getCommandContext().getAuthenticatedUserId() != null;
    }

    private static Set<String> variablesOf(CamundaForm form) {
        return form == null ? Set.of() : form.variables();
    }

    /** The deployed form the element shows (resolved like Tasklist does), null without a form. */
    private CamundaForm deployedForm(FormDefinition form, VariableScope scope, String deploymentId) {
        if (form == null || form.getCamundaFormDefinitionKey() == null || form.getCamundaFormDefinitionBinding() == null) {
            return null;
        }
        CamundaFormRefImpl ref = new CamundaFormRefImpl(text(form.getCamundaFormDefinitionKey(), scope), form.getCamundaFormDefinitionBinding());
        if (DefaultFormHandler.FORM_REF_BINDING_VERSION.equals(ref.getBinding()) && form.getCamundaFormDefinitionVersion() != null) {
            ref.setVersion(Integer.parseInt(text(form.getCamundaFormDefinitionVersion(), scope)));
        }
        CommandContext command = Context.getCommandContext();
        CamundaFormDefinition deployed = command.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, deploymentId));
        if (deployed == null) {
            return null;
        }
        return formsByDefinitionId.computeIfAbsent(deployed.getId(), id -> CamundaForm.of(command.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(deployed.getDeploymentId(), deployed.getResourceName()).getBytes()));
    }

    private static String text(Expression expression, VariableScope scope) {
        return scope == null ? expression.getExpressionText() : String.valueOf(expression.getValue(scope));
    }

    /** Refuses the variables this command has written into {@code scope} and the scopes above it that {@code allowed} lacks. */
    private static void refuseUndeclared(AbstractVariableScope scope, Set<String> allowed, String elementName) {
        List<String> undeclared = writtenByThisCommand(scope).stream().filter(name -> !allowed.contains(name)).sorted().toList();
        if (undeclared.isEmpty()) {
            return;
        }
        String form = "par le formulaire « " + elementName + " »";
        throw refusal(undeclared.stream().map(name -> new FieldViolation(name, "non déclarée " + form)).toList(),
                (undeclared.size() == 1 ? "Variable non déclarée " : "Variables non déclarées ") + form + " : " + String.join(", ", undeclared));
    }

    private static FormFieldValidationException refusal(List<FieldViolation> violations, String message) {
        return new FormFieldValidationException(violations.stream().map(FieldViolation::field).toList(), message, new InvalidInputException(violations));
    }

    /**
     * The variables created or changed in this command (new or dirty in the engine's entity cache, or transient) in the
     * scope and its parents: what a completion or a start was given, since nothing else runs before its listeners.
     */
    private static Set<String> writtenByThisCommand(AbstractVariableScope scope) {
        DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
        Set<String> written = new HashSet<>();
        for (AbstractVariableScope current = scope; current != null; current = current.getParentVariableScope()) {
            for (CoreVariableInstance variable : current.getVariableInstancesLocal()) {
                if (writtenByThisCommand((VariableInstanceEntity) variable, cache)) {
                    written.add(variable.getName());
                }
            }
        }
        return written;
    }

    private static boolean writtenByThisCommand(VariableInstanceEntity variable, DbEntityCache cache) {
        if (variable.isTransient()) {
            return true;
        }
        CachedDbEntity cached = cache.getCachedEntity(variable);
        return cached == null || cached.getEntityState() == DbEntityState.TRANSIENT || cached.isDirty();
    }
}
