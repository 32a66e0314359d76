package fr.francetravail.aae.payment;

import fr.francetravail.aae.common.RequiredSetting;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aae.afdas.*}: where AFDAS's payment API answers, the API key it gave us, how long to wait for it, and the
 * secret shared with AFDAS that signs its callbacks. Without an address or a secret of 32 characters at least, the
 * service does not start.
 */
@ConfigurationProperties("aae.afdas")
record AfdasSettings(String baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout, String callbackSecret) {

    AfdasSettings {
        baseUrl = RequiredSetting.httpUrl("aae.afdas.base-url", baseUrl);
        callbackSecret = RequiredSetting.secret("aae.afdas.callback-secret", callbackSecret);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }
}
