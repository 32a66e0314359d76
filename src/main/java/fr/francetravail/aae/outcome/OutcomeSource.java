package fr.francetravail.aae.outcome;

/** Where a recorded situation comes from. */
public enum OutcomeSource {
    /** Looked up automatically in the job seekers' status service. */
    STATUS_SERVICE,
    /** Qualified by a counsellor because the status service did not know it. */
    COUNSELLOR
}
