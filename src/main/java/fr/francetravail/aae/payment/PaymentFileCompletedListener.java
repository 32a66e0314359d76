package fr.francetravail.aae.payment;

import fr.francetravail.aae.payment.PaymentProcess.Variables;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of « Compléter le dossier de paiement »: recorded with the counsellor's optional comment, which may name
 * people and so leaves the process in the same transaction. The requirements are then checked again.
 */
@Component
class PaymentFileCompletedListener implements TaskListener {

    private final PaymentService payments;

    PaymentFileCompletedListener(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessGlue.onBehalfOfForm(() -> payments.completeFile(ProcessGlue.longValue(task, Variables.PAYMENT_ID),
                ProcessGlue.text(task, Variables.PAYMENT_FILE_COMMENT), ProcessGlue.actor(task)));
        task.getExecution().removeVariable(Variables.PAYMENT_FILE_COMMENT);
    }
}
