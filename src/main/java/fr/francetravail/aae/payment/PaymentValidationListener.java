package fr.francetravail.aae.payment;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.payment.PaymentProcess.PaymentValidation;
import fr.francetravail.aae.payment.PaymentProcess.Variables;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * « Valider la demande de paiement », four eyes enforced: neither the author of the bilan nor the counsellor who last
 * completed the file may claim the task ({@code assignment}: refused with the reason, Tasklist shows it) nor complete
 * it ({@code complete}: a form error). At completion the manager's answer goes to the domain; the comment, free text,
 * leaves the process.
 */
@Component
class PaymentValidationListener implements TaskListener {

    private final PaymentService payments;

    PaymentValidationListener(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void notify(DelegateTask task) {
        long paymentId = ProcessGlue.longValue(task, Variables.PAYMENT_ID);
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            refuseOtherEyes(paymentId, task.getAssignee());
            return;
        }
        ProcessGlue.onBehalfOfForm(() -> payments.validate(paymentId, ProcessGlue.choice(task, Variables.PAYMENT_VALIDATION,
                PaymentValidation.class), ProcessGlue.text(task, Variables.PAYMENT_COMMENT), ProcessGlue.actor(task)));
        task.getExecution().removeVariable(Variables.PAYMENT_COMMENT);
    }

    private void refuseOtherEyes(long paymentId, String assignee) {
        try {
            payments.requireFourEyes(paymentId, assignee);
        } catch (InvalidInputException e) {
            throw new BadUserRequestException(e.violations().get(0).message(), e);
        }
    }
}
