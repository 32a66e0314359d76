/**
 * The deck's criteria and the deployment figures for managers: {@code /api/kpis}, its CSV, each operation's fiche
 * ({@code /api/operations/{reference}/fiche}) and the dashboard {@code /pilotage/}. Each operation's figures are kept in a table of their own, refreshed whenever one of their sources is saved;
 * offers {@link fr.francetravail.aae.kpi.OperationFigures#changed(long)} to writers that go around the repositories (the
 * demo's history).
 */
@ApplicationModule(displayName = "KPIs", allowedDependencies = {"common", "platform", "operation", "agency"})
package fr.francetravail.aae.kpi;

import org.springframework.modulith.ApplicationModule;
