package fr.francetravail.aae.operation;

/** Where an operation stands, phase by phase; later phases (outcomes, payment) extend this list. */
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
    /** The employers meet the participants in the venue; the counsellor records each participant's results. */
    EMPLOYER_MEETING,
    /** Stopped for good; the reason is kept. */
    CANCELLED
}
