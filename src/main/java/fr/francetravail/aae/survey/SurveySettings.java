package fr.francetravail.aae.survey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aae.surveys.*}: how long a participant's link stays valid, and the secret key the links are derived with
 * (at least 32 characters; production sets {@code AAE_SURVEY_LINK_KEY}). Without a key, one is drawn at start-up: links
 * already sent keep working, but a reminder after a restart cannot repeat them.
 */
@ConfigurationProperties("aae.surveys")
record SurveySettings(Duration linkValidity, String linkKey) {

    static final int MINIMUM_KEY_LENGTH = 32;

    SurveySettings {
        linkValidity = linkValidity == null ? Duration.ofDays(30) : linkValidity;
        linkKey = linkKey == null || linkKey.isBlank() ? null : linkKey;
        if (linkKey != null && linkKey.length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalArgumentException("aae.surveys.link-key : " + MINIMUM_KEY_LENGTH + " caractères au moins");
        }
    }
}
