package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;
import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.FRANCE_TRAVAIL_ID;

import fr.francetravail.aae.platform.ProcessDeclaration;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Process {@code aae-enrolment}: one candidate, from the invitation to the information meeting to a place, the waiting
 * list or no enrolment; called once per candidate by {@code aae-operation}. The only place its key, element ids and own
 * variable names live in Java. The candidate is known by enrolment id and France Travail id, never by name.
 */
public final class EnrolmentProcess {

    public static final String KEY = "aae-enrolment";

    public static final String START_EVENT = "StartEvent_CandidateProposed";
    public static final String TASK_INVITE_CANDIDATE = "Task_InviteCandidate";
    public static final String TASK_RECORD_DECISION = "Task_RecordCandidateDecision";
    public static final String TIMER_RECRUITMENT_DEADLINE = "Timer_RecruitmentDeadline";
    public static final String TASK_EXPIRE_CANDIDATE = "Task_ExpireCandidate";
    public static final String TASK_TAG_PRIORITY_PUBLICS = "Task_TagPriorityPublics";
    public static final String TASK_PLACE_CANDIDATE = "Task_PlaceCandidate";
    public static final String TASK_REPORT_PLACE_TAKEN = "Task_ReportPlaceTaken";
    public static final String END_ENROLLED = "EndEvent_Enrolled";
    public static final String END_WAITING_LIST = "EndEvent_WaitingList";
    public static final String END_NOT_ENROLLED = "EndEvent_NotEnrolled";
    public static final String END_NO_ANSWER = "EndEvent_NoAnswer";

    /** Variable names of this process and its form. */
    public static final class Variables {
        public static final String ENROLMENT_ID = "enrolmentId";
        public static final String FRANCE_TRAVAIL_ID = "franceTravailId";
        public static final String RECRUITMENT_DEADLINE = "recruitmentDeadline";
        public static final String CANDIDATE_DECISION = "candidateDecision";
        public static final String CONSENT = "consent";
        public static final String ENROLMENT_RESULT = "enrolmentResult";

        private Variables() {
        }
    }

    /** What the engine-wide rules and Tasklist must know of this process (see {@link ProcessDeclaration}). */
    @Component
    @Order(1)
    static class Declaration implements ProcessDeclaration {

        @Override
        public Set<String> routingVariables() {
            return Set.of(ENROLMENT_ID, FRANCE_TRAVAIL_ID);
        }

        @Override
        public Set<String> tasklistProcesses() {
            return Set.of(KEY);
        }

        @Override
        public List<TaskColumn> taskColumns() {
            return List.of(new TaskColumn(FRANCE_TRAVAIL_ID, "Demandeur d'emploi"));
        }
    }

    private EnrolmentProcess() {
    }
}
