package fr.francetravail.aae.payment;

/** The payment's process, as the domain asks for it (implemented by the process glue). */
interface PaymentWorkflow {

    /**
     * Tells the operation's payment process what AFDAS answered; a {@link fr.francetravail.aae.common.StateConflictException}
     * when no payment process of the operation waits for it.
     */
    void announce(String operationReference, PaymentProcess.AfdasOutcome outcome);
}
