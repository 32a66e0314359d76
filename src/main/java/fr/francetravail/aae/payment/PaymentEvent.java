package fr.francetravail.aae.payment;

import java.time.Instant;

/** One step of a payment's history: who did what, when, with which detail, and the AFDAS reference it concerns if any. */
public record PaymentEvent(PaymentEventType type, String actor, String detail, String afdasReference, Instant occurredAt) {
}
