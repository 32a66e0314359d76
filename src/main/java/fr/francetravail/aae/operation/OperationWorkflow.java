package fr.francetravail.aae.operation;

/** Starts the life cycle of a registered operation (implemented by the process glue). */
interface OperationWorkflow {

    void start(Operation operation);
}
