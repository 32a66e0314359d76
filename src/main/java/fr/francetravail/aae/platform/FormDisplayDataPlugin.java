package fr.francetravail.aae.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.francetravail.aae.common.Viewer;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.FormHandler;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds each {@link FormDisplayData}'s values to its task's or its process's start form variables (what Tasklist loads
 * to fill a Camunda Form: {@code GET /task/{id}/form-variables}, {@code GET /process-definition/{id}/form-variables}), at
 * the moment the form is read; a start form's values are those of the engine's authenticated user. The sources are
 * looked up lazily: they depend on services that need the engine.
 */
@Component
class FormDisplayDataPlugin extends AbstractProcessEnginePlugin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectProvider<FormDisplayData> sources;

    FormDisplayDataPlugin(ObjectProvider<FormDisplayData> sources) {
        this.sources = sources;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskParsing.onEveryUserTask(configuration,
                (taskKey, task) -> task.setTaskFormHandler(new WithDisplayData(task.getTaskFormHandler(), taskKey)));
        UserTaskParsing.onEveryProcess(configuration, process -> {
            if (process.getStartFormHandler() != null) {
                process.setStartFormHandler(new StartWithDisplayData(process.getStartFormHandler(), process.getKey()));
            }
        });
    }

    private static void add(FormData data, Stream<Map<String, Object>> values) {
        values.flatMap(map -> map.entrySet().stream()).forEach(value -> data.getFormFields().add(field(value.getKey(), value.getValue())));
    }

    /** A form handler that does what {@code form} does, then adds the display data to the form it creates. */
    private abstract static class Delegating<H extends FormHandler> implements FormHandler {

        protected final H form;

        Delegating(H form) {
            this.form = form;
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment, ProcessDefinitionEntity processDefinition,
                BpmnParse bpmnParse) {
            form.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            form.submitFormVariables(properties, variableScope);
        }
    }

    private final class WithDisplayData extends Delegating<TaskFormHandler> implements TaskFormHandler {

        private final String taskDefinitionKey;

        WithDisplayData(TaskFormHandler form, String taskDefinitionKey) {
            super(form);
            this.taskDefinitionKey = taskDefinitionKey;
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            TaskFormData data = form.createTaskForm(task);
            add(data, sources.orderedStream().filter(source -> source.taskDefinitionKeys().contains(taskDefinitionKey))
                    .map(source -> source.valuesFor(task)));
            return data;
        }
    }

    private final class StartWithDisplayData extends Delegating<StartFormHandler> implements StartFormHandler {

        private final String processDefinitionKey;

        StartWithDisplayData(StartFormHandler form, String processDefinitionKey) {
            super(form);
            this.processDefinitionKey = processDefinitionKey;
        }

        @Override
        public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
            StartFormData data = form.createStartFormData(processDefinition);
            Viewer user = ProcessGlue.viewer();
            add(data, sources.orderedStream().filter(source -> source.processDefinitionKeys().contains(processDefinitionKey))
                    .map(source -> source.startFormValuesFor(user)));
            return data;
        }
    }

    private static FormField field(String key, Object value) {
        FormFieldImpl field = new FormFieldImpl();
        field.setId(key);
        field.setValue(typed(value));
        return field;
    }

    private static TypedValue typed(Object value) {
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            try {
                return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Valeur d'affichage illisible : " + value, e);
            }
        }
        return Variables.untypedValue(value);
    }
}
