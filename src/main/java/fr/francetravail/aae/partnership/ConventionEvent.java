package fr.francetravail.aae.partnership;

import java.time.Instant;

/** One step of the convention's history: who did what, when, with which comment. */
public record ConventionEvent(ConventionEventType type, String actor, String comment, Instant occurredAt) {
}
