package fr.francetravail.aae.notification;

/** Delivery state of an outbox message. */
public enum NotificationStatus {
    PENDING, SENT, FAILED
}
