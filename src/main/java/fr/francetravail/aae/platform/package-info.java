/**
 * The engine, security, web and time platform every feature stands on. It never names a feature: features implement
 * its small interfaces and it collects them.
 * <p>
 * Offered to features: {@link fr.francetravail.aae.platform.ProcessDeclaration} (what a feature's processes route on,
 * which form fields carry personal data, what Tasklist shows), {@link fr.francetravail.aae.platform.FormDisplayData}
 * (what a form shows without it becoming a variable), {@link fr.francetravail.aae.platform.TaskCompletionObserver},
 * {@link fr.francetravail.aae.platform.ExternalTaskHandler}, {@link fr.francetravail.aae.platform.ProcessGlue} (typed
 * reads of variables), {@link fr.francetravail.aae.platform.EngineSystem} (work done as the system), the timers'
 * durations ({@link fr.francetravail.aae.platform.AaeTimers}), where computed instants land on working days
 * ({@link fr.francetravail.aae.platform.WorkingTime}), the compressed time of a demo
 * ({@link fr.francetravail.aae.platform.DemoSettings}) and problem details for every refusal.
 * <p>
 * The engine plugins, the only code that changes what every user task or process does without a model showing it:
 * <ul>
 * <li>{@link fr.francetravail.aae.platform.ProtectedTaskVariablesPlugin}: each task keeps a copy of the declared routing
 * variables (Tasklist's columns) and a completion may not change them;</li>
 * <li>{@link fr.francetravail.aae.platform.DeclaredVariablesPlugin}: a user's completion or start writes only its form's
 * fields and what the feature declares;</li>
 * <li>{@link fr.francetravail.aae.platform.PersonalDataHistoryFilter}: the declared personal-data fields never reach
 * history;</li>
 * <li>{@link fr.francetravail.aae.platform.FormDisplayDataPlugin}: adds the features' display data to a form when it is
 * read;</li>
 * <li>{@link fr.francetravail.aae.platform.TaskCompletionPlugin}: tells the features' observers of every completion;</li>
 * <li>{@link fr.francetravail.aae.platform.WorkingDayCalendarsPlugin}: every due date, follow-up date and timer the engine
 * resolves lands on a working day;</li>
 * <li>{@link fr.francetravail.aae.platform.QueryExpressionPlugin}, {@link fr.francetravail.aae.platform.AdminOnlyCommandsPlugin},
 * {@link fr.francetravail.aae.platform.PasswordCheckPlugin}, {@link fr.francetravail.aae.platform.RefusalLoggingPlugin}:
 * security (see the README's « Security »).</li>
 * </ul>
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {"common"})
package fr.francetravail.aae.platform;

import org.springframework.modulith.ApplicationModule;
