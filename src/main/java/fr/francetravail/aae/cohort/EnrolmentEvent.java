package fr.francetravail.aae.cohort;

import java.time.Instant;

/** One step of an enrolment's history: who did what, when, with which comment. */
public record EnrolmentEvent(EnrolmentEventType type, String actor, String comment, Instant occurredAt) {
}
