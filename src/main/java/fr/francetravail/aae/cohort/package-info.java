/**
 * Phase 2, cohort building: candidates (form, JSON, CSV), process {@code aae-enrolment}, priority publics (DMN),
 * readiness, validation, withdrawals and the waiting list. Offers {@link fr.francetravail.aae.cohort.CohortService}
 * and the participant's card other features' tasks show ({@link fr.francetravail.aae.cohort.ParticipantCard}).
 */
@ApplicationModule(displayName = "Cohort", allowedDependencies = {"common", "platform", "notification", "operation", "partner"})
package fr.francetravail.aae.cohort;

import org.springframework.modulith.ApplicationModule;
