package fr.francetravail.aae.payment;

import static fr.francetravail.aae.payment.PaymentProcess.Variables.PAYMENT_COMMENT;
import static fr.francetravail.aae.payment.PaymentProcess.Variables.PAYMENT_FILE_COMMENT;
import static fr.francetravail.aae.payment.PaymentProcess.Variables.PAYMENT_ID;

import fr.francetravail.aae.platform.ProcessDeclaration;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Process {@code aae-partner-payment}: the AFDAS payment of the cultural partner's lump sum, once and only once. The only
 * place its key, element ids, messages and variable names live in Java. Variables hold ids and routing values only.
 */
public final class PaymentProcess {

    public static final String KEY = "aae-partner-payment";

    public static final String TASK_GATHER_REQUIREMENTS = "Task_GatherPaymentRequirements";
    public static final String TASK_DECIDE_ELIGIBILITY = "Task_DecidePaymentEligibility";
    public static final String DECISION_PAYMENT_ELIGIBILITY = "payment-eligibility";
    public static final String TASK_RECORD_ELIGIBILITY = "Task_RecordPaymentEligibility";
    public static final String TASK_COMPLETE_FILE = "Task_CompletePaymentFile";
    public static final String TASK_VALIDATE_PAYMENT = "Task_ValidatePayment";
    public static final String TASK_SUBMIT_TO_AFDAS = "Task_SubmitToAfdas";
    public static final String TOPIC_AFDAS_PAYMENT = "afdas-payment";
    public static final String SUBPROCESS_AWAIT_AFDAS = "SubProcess_AwaitAfdas";
    public static final String EVENT_PAYMENT_SETTLED = "Event_AfdasPaymentSettled";
    public static final String EVENT_PAYMENT_REJECTED = "Event_AfdasPaymentRejected";
    public static final String TIMER_AFDAS_SILENT = "Timer_AfdasSilent";
    public static final String TASK_ALERT_MANAGERS_OF_AFDAS_SILENCE = "Task_AlertManagersOfAfdasSilence";
    public static final String END_PAYMENT_SETTLED = "EndEvent_PaymentSettled";

    public static final String MESSAGE_PAYMENT_SETTLED = "AfdasPaymentSettled";
    public static final String MESSAGE_PAYMENT_REJECTED = "AfdasPaymentRejected";

    /** Variable names. */
    public static final class Variables {
        public static final String PAYMENT_ID = "paymentId";
        /** Requirements gathered from the domain, the inputs of DMN {@code payment-eligibility}. */
        public static final String CONVENTION_SIGNED = "conventionSigned";
        public static final String WORKSHOPS_DELIVERED = "workshopsDelivered";
        public static final String ATTENDANCE_COMPLETE = "attendanceComplete";
        public static final String BILAN_DONE = "bilanDone";
        /** The decision's result list: one row per missing requirement ({@code missingRequirement}), else the {@code amount}. */
        public static final String PAYMENT_ELIGIBILITY = "paymentEligibility";
        public static final String PAYMENT_ELIGIBLE = "paymentEligible";
        /** The manager's answer and comment (free text, never stored by the engine). */
        public static final String PAYMENT_VALIDATION = "paymentValidation";
        public static final String PAYMENT_COMMENT = "paymentComment";
        /** The counsellor's note when completing the file (free text, never stored by the engine). */
        public static final String PAYMENT_FILE_COMMENT = "paymentFileComment";
        /** Set by the AFDAS callback's message. */
        public static final String AFDAS_OUTCOME = "afdasOutcome";

        private Variables() {
        }
    }

    /** Values of {@link Variables#PAYMENT_VALIDATION}. */
    public enum PaymentValidation { VALIDATED, RETURNED }

    /** Values of {@link Variables#AFDAS_OUTCOME}. */
    public enum AfdasOutcome { SETTLED, REJECTED }

    /** What the engine-wide rules and Tasklist must know of this process (see {@link ProcessDeclaration}). */
    @Component
    static class Declaration implements ProcessDeclaration {

        @Override
        public Set<String> routingVariables() {
            return Set.of(PAYMENT_ID);
        }

        @Override
        public Set<String> personalDataFields() {
            return Set.of(PAYMENT_FILE_COMMENT, PAYMENT_COMMENT);
        }
    }

    private PaymentProcess() {
    }
}
