/**
 * Phase 1, the partnership agreement: process {@code aae-partnership}, the convention and its lump sum (DMN {@code
 * payment-amount}). Offers {@link fr.francetravail.aae.partnership.ConventionService} (the convention's state, read
 * by the payment) and {@link fr.francetravail.aae.partnership.PartnershipProcess}.
 */
@ApplicationModule(displayName = "Partnership", allowedDependencies = {"common", "platform", "notification", "operation", "partner"})
package fr.francetravail.aae.partnership;

import org.springframework.modulith.ApplicationModule;
