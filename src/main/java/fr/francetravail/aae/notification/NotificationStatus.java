package fr.francetravail.aae.notification;

/** Delivery state of an outbox message. */
public enum NotificationStatus {
    /** Waiting for its (next) delivery attempt. */
    PENDING,
    SENT,
    /** Every attempt failed: visible to managers, who may retry it. */
    FAILED
}
