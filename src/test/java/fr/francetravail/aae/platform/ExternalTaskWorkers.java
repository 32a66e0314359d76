package fr.francetravail.aae.platform;

import java.util.List;
import org.camunda.bpm.engine.ExternalTaskService;

/** A real {@link ExternalTaskWorker} on a test engine, with the default settings, for process tests of other packages. */
public final class ExternalTaskWorkers {

    private ExternalTaskWorkers() {
    }

    public static ExternalTaskWorker worker(ExternalTaskService externalTasks, ExternalTaskHandler... handlers) {
        return new ExternalTaskWorker(externalTasks, List.of(handlers), defaults("test-worker"));
    }

    static ExternalTaskSettings defaults(String workerId) {
        return new ExternalTaskSettings(false, null, null, workerId, null, null);
    }
}
