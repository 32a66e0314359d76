package fr.francetravail.aae.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** How the service's engine plugins equip every user task (and every process) of every deployed model, after Camunda has parsed it. */
final class UserTaskParsing {

    private UserTaskParsing() {
    }

    /** Calls {@code equip} with each user task's id and definition as models are deployed. */
    static void onEveryUserTask(ProcessEngineConfigurationImpl configuration, BiConsumer<String, TaskDefinition> equip) {
        add(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                equip.accept(activity.getId(), ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
            }
        });
    }

    /** Calls {@code equip} with each process definition as models are deployed. */
    static void onEveryProcess(ProcessEngineConfigurationImpl configuration, Consumer<ProcessDefinitionEntity> equip) {
        add(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity process) {
                equip.accept(process);
            }
        });
    }

    private static void add(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(listener);
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
