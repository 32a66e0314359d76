package fr.francetravail.aae.platform;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Told of every user task completed in any of the service's processes, inside the completing transaction. */
public interface TaskCompletionObserver {

    void completed(DelegateTask task);
}
