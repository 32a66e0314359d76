/**
 * France Travail agencies (REST CRUD), each with its Tasklist group {@code agence-<code>}. Offers {@link
 * fr.francetravail.aae.agency.AgencyService}.
 */
@ApplicationModule(displayName = "Agency", allowedDependencies = {"common", "identity"})
package fr.francetravail.aae.agency;

import org.springframework.modulith.ApplicationModule;
