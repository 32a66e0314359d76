package fr.francetravail.aae.cohort;

/** Steps of an enrolment's history. */
public enum EnrolmentEventType {
    ADDED, INVITED, ACCEPTED, DECLINED, NO_SHOW, NO_ANSWER, ENROLLED, WAITING_LISTED, PROMOTED, WITHDRAWN, ABSENCE_FOLLOWED_UP, COMPLETED
}
