/**
 * Phase 3, the workshop series: sessions, reminders, attendance sheets and repeated absences. Offers {@link
 * fr.francetravail.aae.workshop.WorkshopService}. Offers {@link fr.francetravail.aae.workshop.WorkshopService}
 * (sessions and presence, read by the payment and the demo).
 */
@ApplicationModule(displayName = "Workshop", allowedDependencies = {"common", "platform", "notification", "operation", "cohort", "partner"})
package fr.francetravail.aae.workshop;

import org.springframework.modulith.ApplicationModule;
