package fr.francetravail.aae.payment;

import fr.francetravail.aae.common.StateConflictException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** AFDAS's answers as the messages {@code AfdasPaymentSettled} and {@code AfdasPaymentRejected}, by the operation's reference. */
@Component
class EnginePaymentWorkflow implements PaymentWorkflow {

    private final RuntimeService runtime;

    EnginePaymentWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void announce(String operationReference, PaymentProcess.AfdasOutcome outcome) {
        String message = outcome == PaymentProcess.AfdasOutcome.SETTLED ? PaymentProcess.MESSAGE_PAYMENT_SETTLED
                : PaymentProcess.MESSAGE_PAYMENT_REJECTED;
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(operationReference)
                    .setVariable(PaymentProcess.Variables.AFDAS_OUTCOME, outcome.name()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new StateConflictException("Le paiement de l'opération " + operationReference
                    + " n'attend pas de réponse de l'AFDAS pour l'instant : réessayez plus tard");
        }
    }
}
