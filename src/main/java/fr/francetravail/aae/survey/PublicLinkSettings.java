package fr.francetravail.aae.survey;

import fr.francetravail.aae.common.RequiredSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aae.public-base-url}: the base of the links mailed to people without a login (participants' surveys), without
 * its trailing slashes. Without an http(s) address the service does not start.
 */
@ConfigurationProperties("aae")
record PublicLinkSettings(String publicBaseUrl) {

    PublicLinkSettings {
        publicBaseUrl = RequiredSetting.httpUrl("aae.public-base-url", publicBaseUrl).replaceAll("/+$", "");
    }
}
