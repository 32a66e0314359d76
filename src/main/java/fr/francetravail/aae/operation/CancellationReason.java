package fr.francetravail.aae.operation;

/** Why an operation was cancelled. */
public enum CancellationReason {
    /** The cultural structure declined the convention. */
    CONVENTION_DECLINED,
    /** The structure never answered and a manager gave up. */
    PARTNERSHIP_ABANDONED,
    /** Fewer than the minimum group size enrolled, even after extending recruitment (decision cohort-readiness). */
    COHORT_TOO_SMALL,
    /** A manager refused to validate the cohort. */
    COHORT_REJECTED,
    /** A manager stopped the operation before the end of the action; the manager's reason is kept. */
    MANAGER_DECISION
}
