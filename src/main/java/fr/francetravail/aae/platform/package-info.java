/**
 * The engine, security, web and time platform every feature stands on: Camunda configuration and the engine plugins
 * that hold in every process (routing variables guarded, personal-data fields kept out of history, declared
 * variables only, query expressions sandboxed, form display data, task completion observers), HTTP security and
 * problem details, the external task worker, the clock and the timers' durations. Offers the small interfaces
 * features implement ({@link fr.francetravail.aae.platform.ProcessDeclaration}, {@link
 * fr.francetravail.aae.platform.FormDisplayData}, {@link fr.francetravail.aae.platform.TaskCompletionObserver},
 * {@link fr.francetravail.aae.platform.ExternalTaskHandler}) and collects them: it never names a feature.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {"common"})
package fr.francetravail.aae.platform;

import org.springframework.modulith.ApplicationModule;
