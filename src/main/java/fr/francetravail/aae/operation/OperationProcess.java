package fr.francetravail.aae.operation;

/**
 * Process {@code aae-operation}: the life of one operation, phase by phase. The only place its key, element ids and
 * variable names live in Java. Variables hold ids and routing values only, never personal data.
 */
public final class OperationProcess {

    public static final String KEY = "aae-operation";

    public static final String START_EVENT = "StartEvent_OperationProposed";
    public static final String CALL_PARTNERSHIP = "CallActivity_Partnership";
    public static final String TASK_RECORD_AGREEMENT_SIGNED = "Task_RecordAgreementSigned";
    public static final String TASK_CANCEL_OPERATION = "Task_CancelOperation";
    public static final String END_AGREEMENT_SIGNED = "EndEvent_AgreementSigned";
    public static final String END_OPERATION_CANCELLED = "EndEvent_OperationCancelled";

    /** Variable names, shared with the called processes through explicit in/out mappings. */
    public static final class Variables {
        public static final String OPERATION_ID = "operationId";
        public static final String OPERATION_REFERENCE = "operationReference";
        public static final String AGENCY_CODE = "agencyCode";
        public static final String PARTNER_SLUG = "partnerSlug";
        public static final String PARTNER_NAME = "partnerName";
        public static final String VENUE = "venue";
        public static final String TARGET_GROUP_SIZE = "targetGroupSize";
        public static final String PARTNERSHIP_OUTCOME = "partnershipOutcome";

        /** Start form fields (Tasklist), read once by the start listener. */
        public static final String FORM_DISCIPLINE = "discipline";
        public static final String FORM_FIRST_WORKSHOP_DATE = "firstWorkshopDate";
        public static final String FORM_WORKSHOP_COUNT = "workshopCount";
        public static final String FORM_WORKSHOP_INTERVAL_DAYS = "workshopIntervalDays";
        public static final String FORM_EMPLOYER_MEETING_DATE = "employerMeetingDate";

        private Variables() {
        }
    }

    /** Values of {@link Variables#PARTNERSHIP_OUTCOME}. */
    public enum PartnershipOutcome { SIGNED, DECLINED, ABANDONED }

    private OperationProcess() {
    }
}
