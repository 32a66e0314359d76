package fr.francetravail.aae.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
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
 * Adds each {@link FormDisplayData}'s values to its task's form variables (what Tasklist loads to fill a Camunda Form),
 * at the moment the form is read. The sources are looked up lazily: they depend on services that need the engine.
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
    }

    private final class WithDisplayData implements TaskFormHandler {

        private final TaskFormHandler form;
        private final String taskDefinitionKey;

        WithDisplayData(TaskFormHandler form, String taskDefinitionKey) {
            this.form = form;
            this.taskDefinitionKey = taskDefinitionKey;
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            TaskFormData data = form.createTaskForm(task);
            sources.orderedStream().filter(source -> source.taskDefinitionKeys().contains(taskDefinitionKey))
                    .flatMap(source -> source.valuesFor(task).entrySet().stream())
                    .forEach(value -> data.getFormFields().add(field(value.getKey(), value.getValue())));
            return data;
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
