/**
 * The cultural partner's payment by AFDAS: process {@code aae-partner-payment}, eligibility (DMN), the AFDAS
 * client, its signed callbacks and the dev simulator. Nothing depends on it.
 */
@ApplicationModule(displayName = "Payment", allowedDependencies = {"common", "platform", "operation", "partner", "partnership", "workshop"})
package fr.francetravail.aae.payment;

import org.springframework.modulith.ApplicationModule;
