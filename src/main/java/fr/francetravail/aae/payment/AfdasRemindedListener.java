package fr.francetravail.aae.payment;

import fr.francetravail.aae.payment.PaymentProcess.Variables;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of « Relancer l'AFDAS »: the manager's reminder of a silent AFDAS, in the payment's audit trail. */
@Component
class AfdasRemindedListener implements TaskListener {

    private final PaymentService payments;

    AfdasRemindedListener(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessGlue.onBehalfOfForm(() -> payments.remindAfdas(ProcessGlue.longValue(task, Variables.PAYMENT_ID), ProcessGlue.actor(task)));
    }
}
