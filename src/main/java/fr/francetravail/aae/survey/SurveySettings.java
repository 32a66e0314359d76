package fr.francetravail.aae.survey;

import fr.francetravail.aae.common.RequiredSetting;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aae.surveys.*}: how long a participant's link stays valid, and the secret key the links are derived with (at
 * least 32 characters; production sets {@code AAE_SURVEY_LINK_KEY}, without it the service does not start).
 */
@ConfigurationProperties("aae.surveys")
record SurveySettings(Duration linkValidity, String linkKey) {

    SurveySettings {
        linkValidity = linkValidity == null ? Duration.ofDays(30) : linkValidity;
        linkKey = RequiredSetting.secret("aae.surveys.link-key", linkKey);
    }
}
