/**
 * The deck's criteria and the deployment figures for managers: {@code /api/kpis}, its CSV and the dashboard {@code
 * /pilotage/}. Nothing depends on it.
 */
@ApplicationModule(displayName = "KPIs", allowedDependencies = {"common", "platform", "operation", "agency"})
package fr.francetravail.aae.kpi;

import org.springframework.modulith.ApplicationModule;
