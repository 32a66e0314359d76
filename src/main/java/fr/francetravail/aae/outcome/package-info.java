/**
 * Phase 6, the outcome follow-up at M1, M3 and M6: process {@code aae-outcome-follow-up}, the status service's
 * client and the outcome class (DMN).
 */
@ApplicationModule(displayName = "Outcome", allowedDependencies = {"common", "platform", "operation", "cohort"})
package fr.francetravail.aae.outcome;

import org.springframework.modulith.ApplicationModule;
