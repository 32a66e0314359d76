package fr.francetravail.aae.operation;

/** Why an operation was cancelled. */
public enum CancellationReason {
    /** The cultural structure declined the convention. */
    CONVENTION_DECLINED,
    /** The structure never answered and a manager gave up. */
    PARTNERSHIP_ABANDONED
}
