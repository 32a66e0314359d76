package fr.francetravail.aae.payment;

import static fr.francetravail.aae.payment.PaymentProcess.Variables.PAYMENT_ID;

import fr.francetravail.aae.platform.FormDisplayData;
import fr.francetravail.aae.platform.ProcessGlue;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What the payment's tasks show when their form opens, read from the payment: why the file came back to the counsellor,
 * the amount the manager validates. Never stored by the engine (the reasons may quote people).
 */
@Component
class PaymentTaskDisplay implements FormDisplayData {

    static final String SITUATION = "paymentSituation";
    static final String AMOUNT = "paymentAmount";

    private final PaymentService payments;

    PaymentTaskDisplay(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(PaymentProcess.TASK_COMPLETE_FILE, PaymentProcess.TASK_VALIDATE_PAYMENT);
    }

    @Override
    public Map<String, Object> valuesFor(DelegateTask task) {
        Payment payment = payments.payment(ProcessGlue.longValue(task, PAYMENT_ID));
        return Map.of(SITUATION, payment.situation(), AMOUNT, euros(payment.getAmount()));
    }

    /** « 2 700,00 EUR ». */
    static String euros(BigDecimal amount) {
        if (amount == null) {
            return "à déterminer";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " EUR";
    }
}
