package fr.francetravail.aae.cohort;

/** Where a candidate stands in one operation. */
public enum EnrolmentStatus {
    /** Added by a counsellor, not invited yet. */
    CANDIDATE,
    /** Invited to the information meeting; the counsellor records the answer. */
    INVITED,
    /** Accepted and consented; a place is being attributed. */
    ACCEPTED,
    /** Has a place in the cohort. */
    ENROLLED,
    /** Accepted while the cohort was full; first come, first placed when a place frees up. */
    WAITING_LIST,
    /** Declined the programme. */
    DECLINED,
    /** Did not come to the information meeting or did not answer by the recruitment deadline. */
    NOT_ENROLLED,
    /** Left the programme; the reason is kept. */
    WITHDRAWN,
    /** Was enrolled when the action ended: surveyed, then followed up for six months. */
    COMPLETED,
    /** The operation was cancelled before the end of the action. */
    CANCELLED
}
