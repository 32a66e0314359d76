/**
 * Camunda users, groups and authorizations: the programme's groups and Tasklist filters, set up at start, and the
 * group directory agencies and partners use ({@link fr.francetravail.aae.identity.GroupDirectory}). The processes
 * it opens and the filters' columns come from the features' declarations.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"common", "platform"})
package fr.francetravail.aae.identity;

import org.springframework.modulith.ApplicationModule;
