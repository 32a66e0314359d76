package fr.francetravail.aae.platform;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works the models' external tasks inside the service, through the engine's Java API: every
 * {@code aae.external-tasks.poll-interval} it locks what is due on the topics of the {@link ExternalTaskHandler}s, runs
 * each handler and completes the task with its variables. A failure is reported to the engine with the retries left and
 * a growing delay ({@code aae.external-tasks.retry-delays}); after the last one the task shows an incident in Cockpit,
 * and an operator's « retry » there (setting retries again) hands it out anew. A task whose completion is lost (crash,
 * expired lock) is handed out again when its lock expires, so handlers are idempotent.
 */
@Component
public class ExternalTaskWorker {

    private static final Logger log = LoggerFactory.getLogger(ExternalTaskWorker.class);
    private static final int MAX_ERROR_MESSAGE = 600;

    private final ExternalTaskService externalTasks;
    private final Map<String, ExternalTaskHandler> handlers;
    private final ExternalTaskSettings settings;

    ExternalTaskWorker(ExternalTaskService externalTasks, List<ExternalTaskHandler> handlers, ExternalTaskSettings settings) {
        this.externalTasks = externalTasks;
        this.handlers = handlers.stream().collect(Collectors.toMap(ExternalTaskHandler::topic, Function.identity()));
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${aae.external-tasks.poll-interval:PT5S}", initialDelayString = "${aae.external-tasks.poll-interval:PT5S}")
    void poll() {
        if (settings.polling()) {
            runOnce();
        }
    }

    /** Locks and works what is due now on every handled topic; returns how many were completed or ended with a BPMN error. */
    public int runOnce() {
        if (handlers.isEmpty()) {
            return 0;
        }
        ExternalTaskQueryBuilder fetch = externalTasks.fetchAndLock(settings.maxTasks(), settings.workerId());
        for (ExternalTaskHandler handler : handlers.values()) {
            fetch = fetch.topic(handler.topic(), settings.lockDuration().toMillis()).variables(handler.variables());
        }
        int completed = 0;
        for (LockedExternalTask task : fetch.execute()) {
            if (work(task)) {
                completed++;
            }
        }
        return completed;
    }

    private boolean work(LockedExternalTask task) {
        Map<String, Object> result;
        try {
            result = handlers.get(task.getTopicName()).handle(new ExternalTaskInput(task.getId(), task.getBusinessKey(), task.getVariables()));
        } catch (BpmnError error) {
            return settle(task, () -> externalTasks.handleBpmnError(task.getId(), settings.workerId(), error.getErrorCode(), error.getMessage()));
        } catch (RuntimeException failure) {
            fail(task, failure);
            return false;
        }
        return settle(task, () -> externalTasks.complete(task.getId(), settings.workerId(), result));
    }

    private void fail(LockedExternalTask task, RuntimeException failure) {
        ExternalTaskSettings.Retry retry = settings.afterFailure(task.getRetries());
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        log.warn("Tâche externe {} ({}, {}) en échec, {} nouvelle(s) tentative(s) : {}", task.getId(), task.getTopicName(),
                task.getBusinessKey(), retry.retriesLeft(), message);
        settle(task, () -> externalTasks.handleFailure(task.getId(), settings.workerId(),
                message.length() > MAX_ERROR_MESSAGE ? message.substring(0, MAX_ERROR_MESSAGE) : message, details(failure),
                retry.retriesLeft(), retry.delay().toMillis()));
    }

    /** Reports to the engine; a task no longer ours (lock expired, instance cancelled) is left to whoever holds it now. */
    private boolean settle(LockedExternalTask task, Runnable report) {
        try {
            report.run();
            return true;
        } catch (ProcessEngineException e) {
            log.warn("Tâche externe {} ({}) non soldée, elle sera reprise si elle existe encore : {}", task.getId(), task.getTopicName(),
                    e.getMessage());
            return false;
        }
    }

    private static String details(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
