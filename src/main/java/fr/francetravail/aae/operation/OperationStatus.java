package fr.francetravail.aae.operation;

import java.util.EnumSet;
import java.util.Set;

/** Where an operation stands, phase by phase. */
public enum OperationStatus {
    /** The partnership agreement with the cultural structure is being negotiated. */
    PARTNERSHIP,
    /** The convention is signed; counsellors add candidates before inviting them. */
    COHORT_BUILDING,
    /** Candidates are invited and answer until the recruitment deadline. */
    RECRUITING,
    /** Recruitment is closed: the cohort is decided and validated by a manager. */
    COHORT_DECISION,
    /** The cohort follows the workshop series in the venue. */
    WORKSHOPS,
    /** Every planned workshop took place and its attendance is recorded. */
    WORKSHOPS_COMPLETED,
    /** Employers are invited to meet the cohort in the venue; afterwards the counsellor records the results. */
    EMPLOYER_MEETING,
    /** The action is over: the counsellor's bilan and the satisfaction surveys. Too late to cancel. */
    END_OF_ACTION,
    /** Each participant who completed is followed up for six months. */
    FOLLOW_UP,
    /** Every follow-up is done. */
    CLOSED,
    /** Stopped for good; the reason is kept. */
    CANCELLED;

    /** Before the end of the action: it may still be cancelled, and its participants may still withdraw. */
    public static final Set<OperationStatus> ACTION_RUNNING = Set.copyOf(EnumSet.range(PARTNERSHIP, EMPLOYER_MEETING));
}
