package fr.francetravail.aae.platform;

import java.util.List;
import java.util.Map;

/**
 * The work behind one external task topic, run by the {@link ExternalTaskWorker}. A task may be handed out more than
 * once (a crash after the remote call and before completion, a lock that expired): a handler must give the same
 * result for the same task. A handler that writes remotely builds its own idempotency key from the domain, not from the
 * task (whose id changes when the model runs the step again), as {@code AfdasPaymentHandler} keys each payment
 * submission by the operation and the submission's number.
 */
public interface ExternalTaskHandler {

    /** The topic of the models' {@code camunda:topic}. */
    String topic();

    /** The process variables the handler reads, fetched with the task. */
    List<String> variables();

    /**
     * Does the work and returns the variables to complete the task with. A {@link org.camunda.bpm.engine.delegate.BpmnError}
     * is a business outcome the model catches; any other exception is a failure, retried with a growing delay and then
     * shown as an incident in Cockpit.
     */
    Map<String, Object> handle(ExternalTaskInput task);
}
