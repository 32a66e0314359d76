package fr.francetravail.aae.partnership;

import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.LUMP_SUM;

import fr.francetravail.aae.platform.ProcessDeclaration;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Process {@code aae-partnership}: the convention with the cultural structure, called by {@code aae-operation}.
 * The only place its key, element ids and own variable names live in Java (shared ones are in {@code OperationProcess}).
 */
public final class PartnershipProcess {

    public static final String KEY = "aae-partnership";
    public static final String DECISION_PAYMENT_AMOUNT = "payment-amount";

    public static final String TASK_COMPUTE_LUMP_SUM = "Task_ComputeLumpSum";
    public static final String TASK_DRAFT_CONVENTION = "Task_DraftConvention";
    public static final String TASK_REVIEW_CONVENTION = "Task_ReviewConvention";
    public static final String TASK_SIGN_CONVENTION = "Task_SignConvention";
    public static final String TASK_REMIND_PARTNER = "Task_RemindPartner";
    public static final String TASK_HANDLE_UNANSWERED = "Task_HandleUnansweredConvention";
    public static final String TIMER_PARTNER_REMINDER = "Timer_PartnerReminder";
    public static final String TIMER_PARTNER_ESCALATION = "Timer_PartnerEscalation";
    public static final String END_CONVENTION_SIGNED = "EndEvent_ConventionSigned";
    public static final String END_CONVENTION_DECLINED = "EndEvent_ConventionDeclined";
    public static final String END_PARTNERSHIP_ABANDONED = "EndEvent_PartnershipAbandoned";
    public static final String END_PARTNER_REMINDED = "EndEvent_PartnerReminded";

    /** Variable names of the forms and the decision. */
    public static final class Variables {
        public static final String LUMP_SUM = "lumpSum";
        public static final String OBJECTIVES = "conventionObjectives";
        public static final String WORKSHOP_PLAN = "conventionWorkshopPlan";
        public static final String PARTNER_DECISION = "partnerDecision";
        public static final String PARTNER_COMMENT = "partnerComment";
        public static final String SIGNATURE_CONFIRMED = "signatureConfirmed";
        public static final String ESCALATION_DECISION = "escalationDecision";
        public static final String ESCALATION_COMMENT = "escalationComment";

        private Variables() {
        }
    }

    /** What the engine-wide rules and Tasklist must know of this process (see {@link ProcessDeclaration}). */
    @Component
    static class Declaration implements ProcessDeclaration {

        @Override
        public Set<String> routingVariables() {
            return Set.of(LUMP_SUM);
        }

        @Override
        public Set<String> tasklistProcesses() {
            return Set.of(KEY);
        }
    }

    private PartnershipProcess() {
    }
}
