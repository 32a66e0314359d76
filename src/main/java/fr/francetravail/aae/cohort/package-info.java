/**
 * Phase 2, cohort building, and the participants' way through the action: candidates (form, JSON, CSV), process
 * {@code aae-enrolment}, priority publics (DMN), readiness, validation, presence, withdrawals and the waiting list.
 * Offers {@link fr.francetravail.aae.cohort.CohortService} (who is in the cohort),
 * {@link fr.francetravail.aae.cohort.RecruitmentService}, {@link fr.francetravail.aae.cohort.ParticipationService} and the
 * participant's card other features' tasks show ({@link fr.francetravail.aae.cohort.ParticipantCard}).
 */
@ApplicationModule(displayName = "Cohort", allowedDependencies = {"common", "platform", "notification", "operation", "partner"})
package fr.francetravail.aae.cohort;

import org.springframework.modulith.ApplicationModule;
