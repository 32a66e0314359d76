/**
 * Phase 5, satisfaction surveys: the staff's survey tasks and the participants' survey pages reached by a personal
 * link. Offers its answers' scales ({@link fr.francetravail.aae.survey.Satisfaction}, {@link
 * fr.francetravail.aae.survey.Helpfulness}), used by the demo; nothing else depends on it.
 */
@ApplicationModule(displayName = "Survey", allowedDependencies = {"common", "platform", "notification", "operation", "cohort", "partner"})
package fr.francetravail.aae.survey;

import org.springframework.modulith.ApplicationModule;
