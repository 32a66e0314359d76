package fr.francetravail.aae.operation;

/** Where an operation stands; later phases (cohort, workshops, ...) extend this list. */
public enum OperationStatus {
    /** The partnership agreement with the cultural structure is being negotiated. */
    PARTNERSHIP,
    /** The convention is signed by the partner and a manager. */
    AGREEMENT_SIGNED,
    /** Stopped for good; the reason is kept. */
    CANCELLED
}
