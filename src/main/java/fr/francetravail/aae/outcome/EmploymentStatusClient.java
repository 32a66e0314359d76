package fr.francetravail.aae.outcome;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Client of the job seekers' status service ({@code src/main/resources/openapi/employment-status.yaml}):
 * {@code GET {base}/job-seekers/{franceTravailId}/situation?date=AAAA-MM-JJ}. A job seeker the service does not know
 * (404) or whose situation it does not know ({@code UNKNOWN}, or a code this service does not know) has no situation;
 * an error or a time-out is a failure, for the caller to retry.
 */
@Component
public class EmploymentStatusClient {

    private static final Logger log = LoggerFactory.getLogger(EmploymentStatusClient.class);

    private final RestClient rest;

    EmploymentStatusClient(RestClient.Builder builder, EmploymentStatusSettings settings) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.connectTimeout()).build());
        requests.setReadTimeout(settings.readTimeout());
        this.rest = builder.baseUrl(settings.baseUrl()).requestFactory(requests).build();
    }

    /** The job seeker's situation on {@code day}, if the service knows it. */
    public Optional<Situation> situationOf(String franceTravailId, LocalDate day) {
        try {
            return rest.get().uri("/job-seekers/{id}/situation?date={date}", franceTravailId, day)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        if (response.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                            return Optional.<Situation>empty();
                        }
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new EmploymentStatusUnavailable("le service de situation a répondu HTTP " + response.getStatusCode().value());
                        }
                        SituationAnswer answer = response.bodyTo(SituationAnswer.class);
                        return answer == null ? Optional.<Situation>empty() : situation(answer.situation());
                    });
        } catch (RestClientException e) {
            throw new EmploymentStatusUnavailable("le service de situation ne répond pas : " + e.getMessage(), e);
        }
    }

    private static Optional<Situation> situation(String code) {
        Optional<Situation> situation = Arrays.stream(Situation.values()).filter(known -> known.name().equals(code)).findFirst();
        if (situation.isEmpty() && !OutcomeFollowUpProcess.SITUATION_UNKNOWN.equals(code)) {
            log.warn("Situation inconnue du service ignorée : « {} »", code);
        }
        return situation;
    }

    /** The service's answer; the France Travail id and the date are the request's. */
    record SituationAnswer(String franceTravailId, String date, String situation) {
    }

    /** The status service could not answer: an error status, a time-out or no connection. */
    public static class EmploymentStatusUnavailable extends RuntimeException {

        EmploymentStatusUnavailable(String message) {
            super(message);
        }

        EmploymentStatusUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
