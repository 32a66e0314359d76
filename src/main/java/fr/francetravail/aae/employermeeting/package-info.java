/**
 * Phase 4, the employer meeting: employers and their offers, reminders, and each participant's results. Nothing
 * depends on it.
 */
@ApplicationModule(displayName = "Employer meeting", allowedDependencies = {"common", "platform", "notification", "operation", "cohort", "partner"})
package fr.francetravail.aae.employermeeting;

import org.springframework.modulith.ApplicationModule;
