package fr.francetravail.aae.payment;

import fr.francetravail.aae.payment.PaymentProcess.Variables;
import fr.francetravail.aae.platform.ProcessGlue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Enregistrer l'éligibilité »: the rows of decision {@code payment-eligibility} (one per missing requirement, or one
 * with the amount in EUR) recorded on the payment; {@code paymentEligible} routes to the manager or to the counsellor.
 */
@Component
class RecordPaymentEligibilityDelegate implements JavaDelegate {

    static final String MISSING_REQUIREMENT = "missingRequirement";
    static final String AMOUNT = "amount";

    private final PaymentService payments;

    RecordPaymentEligibilityDelegate(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!(execution.getVariable(Variables.PAYMENT_ELIGIBILITY) instanceof List<?> rows) || rows.isEmpty()) {
            throw new ProcessEngineException("La décision payment-eligibility n'a rendu aucune ligne : « "
                    + execution.getVariable(Variables.PAYMENT_ELIGIBILITY) + " »");
        }
        List<String> missing = new ArrayList<>();
        BigDecimal amount = null;
        for (Object row : rows) {
            Map<?, ?> values = (Map<?, ?>) row;
            if (values.get(MISSING_REQUIREMENT) instanceof String requirement && !requirement.isBlank()) {
                missing.add(requirement);
            }
            if (values.get(AMOUNT) instanceof Number number) {
                amount = new BigDecimal(number.toString());
            }
        }
        payments.recordEligibility(ProcessGlue.longValue(execution, Variables.PAYMENT_ID), missing, missing.isEmpty() ? amount : null,
                ProcessGlue.SYSTEM_ACTOR);
        execution.setVariable(Variables.PAYMENT_ELIGIBLE, missing.isEmpty());
    }
}
