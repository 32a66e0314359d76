/**
 * Cultural partners (REST CRUD, SIRET checked), each with its Tasklist group {@code partenaire-<slug>}. Offers
 * {@link fr.francetravail.aae.partner.PartnerService}.
 */
@ApplicationModule(displayName = "Partner", allowedDependencies = {"common", "identity"})
package fr.francetravail.aae.partner;

import org.springframework.modulith.ApplicationModule;
