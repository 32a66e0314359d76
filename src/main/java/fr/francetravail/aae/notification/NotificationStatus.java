package fr.francetravail.aae.notification;

/** Delivery state of an outbox message; delivery states come with the mail sender. */
public enum NotificationStatus {
    PENDING
}
