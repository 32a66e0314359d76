package fr.francetravail.aae.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aae.afdas.*}: where AFDAS's payment API answers, the API key it gave us, how long to wait for it, and the
 * secret shared with AFDAS that signs its callbacks (no secret: every callback is refused).
 */
@ConfigurationProperties("aae.afdas")
record AfdasSettings(String baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout, String callbackSecret) {

    AfdasSettings {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }
}
