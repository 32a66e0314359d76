/**
 * The operation, the aggregate every phase belongs to, and process {@code aae-operation}: proposal, references,
 * calendar, cancellation, inactivity alerts, bilan and closure. Offers {@link fr.francetravail.aae.operation.OperationService}
 * (each phase's transition, who sees which operation), {@link fr.francetravail.aae.operation.OperationProposals},
 * {@link fr.francetravail.aae.operation.OperationCancellations}, {@link fr.francetravail.aae.operation.ActionReviews} (the
 * bilan), {@link fr.francetravail.aae.operation.OperationProcess} (the process's names) and the domain event
 * {@link fr.francetravail.aae.operation.OperationCancelled}.
 */
@ApplicationModule(displayName = "Operation", allowedDependencies = {"common", "platform", "identity", "notification", "agency", "partner"})
package fr.francetravail.aae.operation;

import org.springframework.modulith.ApplicationModule;
