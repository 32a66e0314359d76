package fr.francetravail.aae.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task, when created, a task-local copy of the business columns of the Tasklist filters. A user may
 * read the variables of the tasks it may see, not of the whole process instance: without the copy, counsellors and
 * partners would see the columns empty.
 */
@Component
class TaskColumnsPlugin extends AbstractProcessEnginePlugin {

    private static final TaskListener COPY_COLUMNS = task -> IdentityBootstrap.BUSINESS_COLUMNS.stream()
            .map(column -> column.get("name"))
            .filter(name -> task.getVariable(name) != null)
            .forEach(name -> task.setVariableLocal(name, task.getVariable(name)));

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY_COLUMNS);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
