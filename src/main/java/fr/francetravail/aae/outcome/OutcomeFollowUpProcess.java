package fr.francetravail.aae.outcome;

import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.CHECKPOINT;

import fr.francetravail.aae.platform.ProcessDeclaration;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Process {@code aae-outcome-follow-up}: one participant who completed the action, looked up at one, three and six
 * months after its end; called once per completed enrolment by {@code aae-operation}, with the operation reference as
 * business key. The only place its key, element ids and own variable names live in Java. It receives
 * {@code operationId}, {@code enrolmentId}, {@code agencyCode} and {@code actionEndedOn} (ISO date); the participant is
 * known by enrolment id only.
 */
public final class OutcomeFollowUpProcess {

    public static final String KEY = "aae-outcome-follow-up";

    public static final String START_EVENT = "StartEvent_FollowUpStarted";
    public static final String SUB_PROCESS_CHECKPOINT = "SubProcess_Checkpoint";
    public static final String TIMER_CHECKPOINT = "Timer_Checkpoint";
    public static final String TASK_LOOK_UP_SITUATION = "Task_LookUpSituation";
    public static final String GATEWAY_SITUATION_KNOWN = "Gateway_SituationKnown";
    public static final String TASK_QUALIFY_SITUATION = "Task_QualifySituation";
    public static final String TASK_CLASSIFY_OUTCOME = "Task_ClassifyOutcome";
    public static final String TASK_RECORD_OUTCOME = "Task_RecordOutcome";
    public static final String END_CHECKPOINT_DONE = "EndEvent_CheckpointDone";
    public static final String END_FOLLOW_UP_DONE = "EndEvent_FollowUpDone";

    /** External task topic of the situation look-up. */
    public static final String TOPIC_EMPLOYMENT_STATUS = "employment-status";
    /** DMN decision mapping a situation to its KPI class. */
    public static final String DECISION_OUTCOME_CLASS = "outcome-class";
    /** Camunda Form of {@link #TASK_QUALIFY_SITUATION}. */
    public static final String FORM_SITUATION_QUALIFICATION = "aae-situation-qualification";

    /** Variable names of this process and its form; each checkpoint keeps its own values. */
    public static final class Variables {
        /** The checkpoint of the current pass: M1, M3 or M6. */
        public static final String CHECKPOINT = "checkpoint";
        /** A {@link Situation} name, or {@link #SITUATION_UNKNOWN} when the status service does not know it. */
        public static final String SITUATION = "situation";
        /** Who gave the situation: an {@link OutcomeSource} name. */
        public static final String SITUATION_SOURCE = "situationSource";
        /** The counsellor who qualified the situation, or the system for the status service. */
        public static final String SITUATION_RECORDED_BY = "situationRecordedBy";
        /** The KPI class decided by {@link #DECISION_OUTCOME_CLASS}: an {@link OutcomeClass} name. */
        public static final String OUTCOME_CLASS = "outcomeClass";

        private Variables() {
        }
    }

    /** Value of {@link Variables#SITUATION} when the status service does not know the participant's situation. */
    public static final String SITUATION_UNKNOWN = "UNKNOWN";

    /** What the engine-wide rules and Tasklist must know of this process (see {@link ProcessDeclaration}). */
    @Component
    static class Declaration implements ProcessDeclaration {

        @Override
        public Set<String> routingVariables() {
            return Set.of(CHECKPOINT);
        }

        @Override
        public Set<String> tasklistProcesses() {
            return Set.of(KEY);
        }
    }

    private OutcomeFollowUpProcess() {
    }
}
