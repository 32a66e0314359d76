/**
 * Common values and errors: regions, French dates, the viewer and its groups, input validation and the domain's
 * errors (invalid input, not found, state conflict). Depends on nothing.
 */
@ApplicationModule(displayName = "Common", allowedDependencies = {})
package fr.francetravail.aae.common;

import org.springframework.modulith.ApplicationModule;
