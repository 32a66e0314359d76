/**
 * Demo data of the {@code dev} and {@code demo} profiles: users, agencies, partners, six operations and a living
 * history of about 60 more. On top of everything; nothing depends on it.
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"common", "platform", "agency", "partner", "operation", "partnership", "cohort", "workshop", "survey", "outcome", "kpi"})
package fr.francetravail.aae.demo;

import org.springframework.modulith.ApplicationModule;
