package fr.francetravail.aae.operation;

import static fr.francetravail.aae.common.Viewer.COUNSELLORS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.ACTION_ENDED_ON;
import static fr.francetravail.aae.operation.OperationProcess.Variables.AGENCY_CODE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.BILAN_COURSE_OF_ACTION;
import static fr.francetravail.aae.operation.OperationProcess.Variables.BILAN_IMPROVEMENTS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.BILAN_STRENGTHS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.CANDIDATES;
import static fr.francetravail.aae.operation.OperationProcess.Variables.COHORT_DECISION;
import static fr.francetravail.aae.operation.OperationProcess.Variables.EMPLOYERS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.ENROLLED_COUNT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FOLLOW_UP_COMMENT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.MEETING_RESULTS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_REFERENCE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNERSHIP_OUTCOME;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_NAME;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_SLUG;
import static fr.francetravail.aae.operation.OperationProcess.Variables.TARGET_GROUP_SIZE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.VENUE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WAITING_LIST_COUNT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WITHDRAWAL_REASON;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WORKSHOP_ID;

import fr.francetravail.aae.platform.ProcessDeclaration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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
    public static final String END_OPERATION_CANCELLED = "EndEvent_OperationCancelled";

    /** Phases 1 to 4 run in this sub-process: a manager may cancel the operation until it completes. */
    public static final String SUBPROCESS_ACTION = "SubProcess_Action";
    public static final String MESSAGE_OPERATION_CANCELLED = "OperationCancelled";
    public static final String BOUNDARY_OPERATION_CANCELLED = "Boundary_OperationCancelled";
    public static final String END_PHASE_FAILED = "EndEvent_PhaseFailed";
    public static final String TIMER_INACTIVITY_CHECK = "Timer_InactivityCheck";
    public static final String TASK_CHECK_INACTIVITY = "Task_CheckInactivity";
    public static final String TASK_ALERT_MANAGERS_INACTIVE = "Task_AlertManagersOfInactivity";

    /** Phase 2: cohort building. */
    public static final String TASK_BUILD_COHORT = "Task_BuildCohort";
    public static final String CALL_ENROLMENT = "CallActivity_Enrolment";
    public static final String END_CANDIDATES_ANSWERED = "EndEvent_CandidatesAnswered";
    public static final String GATEWAY_RECRUITMENT_ENDS = "Gateway_RecruitmentEnds";
    public static final String MESSAGE_COHORT_TARGET_REACHED = "CohortTargetReached";
    public static final String EVENT_COHORT_TARGET_REACHED = "Event_CohortTargetReached";
    public static final String TIMER_RECRUITMENT_DEADLINE = "Timer_RecruitmentDeadline";
    public static final String TASK_EXTEND_RECRUITMENT = "Task_ExtendRecruitment";
    public static final String TASK_VALIDATE_COHORT = "Task_ValidateCohort";

    /** Phase 3: the workshop series. */
    public static final String TIMER_WORKSHOP_EVE = "Timer_WorkshopEve";
    public static final String TIMER_WORKSHOP_OVER = "Timer_WorkshopOver";
    public static final String TASK_RECORD_ATTENDANCE = "Task_RecordAttendance";
    public static final String TIMER_ATTENDANCE_LATE = "Timer_AttendanceLate";
    public static final String TASK_REMIND_ATTENDANCE = "Task_RemindAttendance";
    public static final String TASK_FOLLOW_UP_ABSENCE = "Task_FollowUpAbsence";
    public static final String TASK_COMPLETE_WORKSHOPS = "Task_CompleteWorkshops";

    /** Phase 4: the employer meeting. */
    public static final String TASK_REGISTER_EMPLOYERS = "Task_RegisterEmployers";
    public static final String TIMER_EMPLOYER_MEETING_REMINDER = "Timer_EmployerMeetingReminder";
    public static final String TASK_REMIND_EMPLOYER_MEETING = "Task_RemindEmployerMeeting";
    public static final String TIMER_EMPLOYER_MEETING_OVER = "Timer_EmployerMeetingOver";
    public static final String TASK_RECORD_MEETING_RESULTS = "Task_RecordMeetingResults";

    /** Phase 5: end of the action. */
    public static final String TASK_END_ACTION = "Task_EndAction";
    public static final String TASK_WRITE_BILAN = "Task_WriteBilan";
    public static final String TASK_PARTNER_SURVEY = "Task_PartnerSurvey";
    public static final String TIMER_PARTNER_SURVEY_LATE = "Timer_PartnerSurveyLate";
    public static final String TIMER_PARTNER_SURVEY_CLOSED = "Timer_PartnerSurveyClosed";
    public static final String TIMER_COUNSELLOR_SURVEY_CLOSED = "Timer_CounsellorSurveyClosed";
    public static final String TASK_COUNSELLOR_SURVEY = "Task_CounsellorSurvey";
    public static final String TASK_SEND_PARTICIPANT_SURVEYS = "Task_SendParticipantSurveys";
    public static final String TIMER_SURVEY_REMINDER = "Timer_SurveyReminder";
    public static final String TIMER_SURVEY_CLOSE = "Timer_SurveyClose";

    /** Phase 6: outcomes and the partner's payment in parallel, then closure. */
    public static final String TASK_START_FOLLOW_UP = "Task_StartFollowUp";
    public static final String CALL_OUTCOME_FOLLOW_UP = "CallActivity_OutcomeFollowUp";
    public static final String CALL_PARTNER_PAYMENT = "CallActivity_PartnerPayment";
    public static final String TASK_CLOSE_OPERATION = "Task_CloseOperation";
    public static final String END_OPERATION_CLOSED = "EndEvent_OperationClosed";

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

        /** Phase 2. {@code candidates} is the cohort form's list: personal data, read once, never stored in the engine. */
        public static final String CANDIDATES = "candidates";
        public static final String INFO_MEETING_DATE = "infoMeetingDate";
        public static final String CANDIDATE_IDS = "candidateIds";
        public static final String ENROLLED_COUNT = "enrolledCount";
        public static final String WAITING_LIST_COUNT = "waitingListCount";
        public static final String EXTENSION_AVAILABLE = "extensionAvailable";
        public static final String COHORT_DECISION = "cohortDecision";
        public static final String COHORT_VALIDATION = "cohortValidation";
        public static final String COHORT_COMMENT = "cohortComment";

        /** Phase 3. The follow-up's comment and withdrawal reason may name people: read once, never stored in the engine. */
        public static final String WORKSHOP_IDS = "workshopIds";
        public static final String WORKSHOP_ID = "workshopId";
        public static final String EXCUSED = "excused";
        public static final String UNEXCUSED = "unexcused";
        public static final String ABSENT_ENROLMENT_IDS = "absentEnrolmentIds";
        public static final String REPEATED_ABSENCES = "repeatedAbsences";
        public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
        public static final String FOLLOW_UP_COMMENT = "followUpComment";
        public static final String WITHDRAWAL_REASON = "withdrawalReason";

        /** Phase 4. The employers list and the meeting results name people: read once, never stored in the engine. */
        public static final String EMPLOYERS = "employers";
        public static final String MEETING_RESULTS = "meetingResults";

        /** Phase 5 and 6: the day the action ended (ISO date) and the enrolments that completed it. */
        public static final String ACTION_ENDED_ON = "actionEndedOn";
        public static final String COMPLETED_ENROLMENT_IDS = "completedEnrolmentIds";

        /** The bilan form's fields: free text that may name people, read once, never stored in the engine. */
        public static final String BILAN_COURSE_OF_ACTION = "bilanCourseOfAction";
        public static final String BILAN_STRENGTHS = "bilanStrengths";
        public static final String BILAN_IMPROVEMENTS = "bilanImprovements";
        public static final String BILAN_RENEW_PARTNERSHIP = "bilanRenewPartnership";

        /** Cancellation by a manager (message {@code OperationCancelled}) and the inactivity alert. */
        public static final String CANCELLATION_REASON = "cancellationReason";
        public static final String INACTIVE = "inactive";

        /** Start form fields (Tasklist), read once by the start listener. */
        public static final String FORM_DISCIPLINE = "discipline";
        public static final String FORM_FIRST_WORKSHOP_DATE = "firstWorkshopDate";
        public static final String FORM_WORKSHOP_COUNT = "workshopCount";
        public static final String FORM_WORKSHOP_INTERVAL_DAYS = "workshopIntervalDays";
        public static final String FORM_EMPLOYER_MEETING_DATE = "employerMeetingDate";
        public static final String FORM_NON_WORKING_DAYS_CONFIRMED = "nonWorkingDaysConfirmed";

        private Variables() {
        }
    }

    /** Values of {@link Variables#PARTNERSHIP_OUTCOME}. */
    public enum PartnershipOutcome { SIGNED, DECLINED, ABANDONED }

    /** Values of {@link Variables#COHORT_DECISION}, decided by the DMN table {@code cohort-readiness}. */
    public enum CohortDecision { GO, EXTEND, CANCEL }

    /** Values of {@link Variables#COHORT_VALIDATION}, the manager's answer. */
    public enum CohortValidation { VALIDATED, REJECTED }

    /** Values of {@link Variables#FOLLOW_UP_OUTCOME}, after the counsellor's call to an absent participant. */
    public enum FollowUpOutcome { CONTINUES, WITHDRAWS }

    /** What the engine-wide rules and Tasklist must know of this process (see {@link ProcessDeclaration}). */
    @Component
    @Order(0)
    static class Declaration implements ProcessDeclaration {

        @Override
        public Set<String> routingVariables() {
            return Set.of(OPERATION_ID, OPERATION_REFERENCE, AGENCY_CODE, PARTNER_SLUG, PARTNER_NAME, VENUE, TARGET_GROUP_SIZE,
                    PARTNERSHIP_OUTCOME, WORKSHOP_ID, ENROLLED_COUNT, WAITING_LIST_COUNT, COHORT_DECISION, ACTION_ENDED_ON);
        }

        @Override
        public Set<String> personalDataFields() {
            return Set.of(CANDIDATES, FOLLOW_UP_COMMENT, WITHDRAWAL_REASON, EMPLOYERS, MEETING_RESULTS, BILAN_COURSE_OF_ACTION,
                    BILAN_STRENGTHS, BILAN_IMPROVEMENTS);
        }

        /** An operation registered through {@code /api} starts with its routing variables, beyond the start form's fields. */
        @Override
        public Map<String, Set<String>> variablesByElement() {
            return Map.of(START_EVENT, Set.of(OPERATION_ID, OPERATION_REFERENCE, AGENCY_CODE, PARTNER_SLUG, PARTNER_NAME, VENUE, TARGET_GROUP_SIZE));
        }

        @Override
        public Set<String> tasklistProcesses() {
            return Set.of(KEY);
        }

        @Override
        public Map<String, Set<String>> startableByGroup() {
            return Map.of(COUNSELLORS, Set.of(KEY));
        }

        @Override
        public List<TaskColumn> taskColumns() {
            return List.of(new TaskColumn(OPERATION_REFERENCE, "Opération"), new TaskColumn(PARTNER_NAME, "Structure culturelle"),
                    new TaskColumn(VENUE, "Lieu"));
        }
    }

    private OperationProcess() {
    }
}
