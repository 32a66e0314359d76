package fr.francetravail.aae.cohort;

/** What a candidate answered after the information meeting, as the counsellor records it. */
public enum CandidateDecision {
    ACCEPTS, DECLINES, NO_SHOW
}
