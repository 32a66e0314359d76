package fr.francetravail.aae.payment;

import fr.francetravail.aae.payment.PaymentProcess.Variables;
import fr.francetravail.aae.platform.ExternalTaskHandler;
import fr.francetravail.aae.platform.ExternalTaskInput;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code afdas-payment}: submits the validated request to AFDAS and records AFDAS's reference. Exactly once: the
 * idempotency key is the same for every attempt of one submission (a crash after sending sends the same key again and
 * AFDAS answers with the same payment), and a submission already recorded is not sent again.
 */
@Component
class AfdasPaymentHandler implements ExternalTaskHandler {

    private final PaymentService payments;
    private final AfdasClient afdas;

    AfdasPaymentHandler(PaymentService payments, AfdasClient afdas) {
        this.payments = payments;
        this.afdas = afdas;
    }

    @Override
    public String topic() {
        return PaymentProcess.TOPIC_AFDAS_PAYMENT;
    }

    @Override
    public List<String> variables() {
        return List.of(Variables.PAYMENT_ID);
    }

    @Override
    public Map<String, Object> handle(ExternalTaskInput task) {
        long paymentId = task.longValue(Variables.PAYMENT_ID);
        payments.pendingSubmission(paymentId).ifPresent(submission -> payments.recordSubmitted(paymentId, submission.idempotencyKey(),
                afdas.submit(submission).paymentReference(), ProcessGlue.SYSTEM_ACTOR));
        return Map.of();
    }
}
