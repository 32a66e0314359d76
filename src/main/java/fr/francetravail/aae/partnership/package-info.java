/**
 * Phase 1, the partnership agreement: process {@code aae-partnership}, the convention and its lump sum (DMN {@code
 * payment-amount}).
 */
@ApplicationModule(displayName = "Partnership", allowedDependencies = {"common", "platform", "notification", "operation", "partner"})
package fr.francetravail.aae.partnership;

import org.springframework.modulith.ApplicationModule;
