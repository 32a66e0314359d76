package fr.francetravail.aae.outcome;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code aae.employment-status.*}: where the job seekers' status service answers, and how long to wait for it. */
@ConfigurationProperties("aae.employment-status")
record EmploymentStatusSettings(String baseUrl, Duration connectTimeout, Duration readTimeout) {

    EmploymentStatusSettings {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }
}
