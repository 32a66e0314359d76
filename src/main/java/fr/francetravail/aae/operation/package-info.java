/**
 * The operation, the aggregate every phase belongs to, and process {@code aae-operation}: proposal, references,
 * calendar, cancellation, inactivity alerts, bilan and closure. Offers {@link
 * fr.francetravail.aae.operation.OperationService}, {@link fr.francetravail.aae.operation.OperationProcess} (the
 * process's names) and the domain event {@link fr.francetravail.aae.operation.OperationCancelled}.
 */
@ApplicationModule(displayName = "Operation", allowedDependencies = {"common", "platform", "identity", "notification", "agency", "partner"})
package fr.francetravail.aae.operation;

import org.springframework.modulith.ApplicationModule;
