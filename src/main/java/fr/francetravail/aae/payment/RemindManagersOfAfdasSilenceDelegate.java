package fr.francetravail.aae.payment;

import fr.francetravail.aae.payment.PaymentProcess.Variables;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Alerter les managers »: AFDAS has not answered the submission for {@code aae.timers.afdas-silence}; every manager is written to. */
@Component
class RemindManagersOfAfdasSilenceDelegate implements JavaDelegate {

    private final PaymentService payments;

    RemindManagersOfAfdasSilenceDelegate(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        payments.remindAfdas(ProcessGlue.longValue(execution, Variables.PAYMENT_ID), ProcessGlue.actor());
    }
}
