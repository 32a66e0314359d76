package fr.francetravail.aae.platform;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Equips every user task with a completion listener that tells each {@link TaskCompletionObserver}. */
@Component
class TaskCompletionPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskCompletionObserver> observers;

    TaskCompletionPlugin(ObjectProvider<TaskCompletionObserver> observers) {
        this.observers = observers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener tellObservers = task -> observers.orderedStream().forEach(observer -> observer.completed(task));
        UserTaskParsing.onEveryUserTask(configuration, (taskKey, task) -> task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, tellObservers));
    }
}
