package fr.francetravail.aae.payment;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.payment.PaymentProcess.Variables;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Rassembler les exigences du paiement »: opens the operation's payment once, and gives the decision its four inputs. */
@Component
class GatherPaymentRequirementsDelegate implements JavaDelegate {

    private final PaymentService payments;

    GatherPaymentRequirementsDelegate(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long operationId = ProcessGlue.longValue(execution, OPERATION_ID);
        Payment payment = payments.open(operationId, ProcessGlue.SYSTEM_ACTOR);
        PaymentRequirements requirements = payments.requirementsOf(operationId);
        execution.setVariables(Map.of(Variables.PAYMENT_ID, payment.getId(),
                Variables.CONVENTION_SIGNED, requirements.conventionSigned(),
                Variables.WORKSHOPS_DELIVERED, requirements.workshopsDelivered(),
                Variables.ATTENDANCE_COMPLETE, requirements.attendanceComplete(),
                Variables.BILAN_DONE, requirements.bilanDone()));
    }
}
