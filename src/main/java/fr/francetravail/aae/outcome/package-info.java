/**
 * Phase 6, the outcome follow-up at M1, M3 and M6: process {@code aae-outcome-follow-up}, the status service's
 * client and the outcome class (DMN). Offers the situations it records ({@link
 * fr.francetravail.aae.outcome.Situation}), used by the demo; nothing else depends on it.
 */
@ApplicationModule(displayName = "Outcome", allowedDependencies = {"common", "platform", "operation", "cohort"})
package fr.francetravail.aae.outcome;

import org.springframework.modulith.ApplicationModule;
