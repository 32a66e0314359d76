package fr.francetravail.aae.partnership;

/** Where the partnership agreement stands. */
public enum ConventionStatus {
    /** Drafted by the counsellor, waiting for the partner's answer. */
    SUBMITTED,
    /** The partner asked for changes; the counsellor redrafts. */
    CHANGES_REQUESTED,
    /** Accepted by the partner, waiting for a manager's signature. */
    ACCEPTED,
    DECLINED,
    SIGNED,
    /** The partner never answered and a manager gave up. */
    ABANDONED
}
