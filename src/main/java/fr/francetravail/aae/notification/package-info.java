/**
 * E-mails: the outbox every feature writes to ({@link fr.francetravail.aae.notification.NotificationService}), its
 * dispatcher, the SMTP or log delivery, and secret links that never reach a stored body.
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = {"common"})
package fr.francetravail.aae.notification;

import org.springframework.modulith.ApplicationModule;
