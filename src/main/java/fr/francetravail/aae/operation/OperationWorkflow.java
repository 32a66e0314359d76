package fr.francetravail.aae.operation;

import java.util.Map;

/** The life cycle of a registered operation, as the domain asks for it (implemented by the process glue). */
interface OperationWorkflow {

    void start(Operation operation);

    /** Stops the running action: its open tasks close and the operation is cancelled for the manager's reason. */
    void cancel(Operation operation);

    /** The variables every phase of the operation's process routes on. */
    Map<String, Object> variablesOf(Operation operation);
}
