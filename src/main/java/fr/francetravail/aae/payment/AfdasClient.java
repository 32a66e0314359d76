package fr.francetravail.aae.payment;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Client of AFDAS's payment API ({@code src/main/resources/openapi/afdas-payments.yaml}): {@code POST {base}/payments}
 * with an {@code Idempotency-Key}; the first request is answered 201, a replay of the same key 200 with the same payment.
 * Any other answer, an error or a time-out is a failure, for the caller to retry with the same key.
 */
@Component
class AfdasClient {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String API_KEY = "X-Api-Key";

    private final RestClient rest;

    AfdasClient(RestClient.Builder builder, AfdasSettings settings) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.connectTimeout()).build());
        requests.setReadTimeout(settings.readTimeout());
        RestClient.Builder configured = builder.baseUrl(settings.baseUrl()).requestFactory(requests);
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            configured = configured.defaultHeader(API_KEY, settings.apiKey());
        }
        this.rest = configured.build();
    }

    /** Submits the payment request; AFDAS's receipt, the same for every attempt with the same key. */
    AfdasReceipt submit(AfdasSubmission submission) {
        try {
            return rest.post().uri("/payments").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .header(IDEMPOTENCY_KEY, submission.idempotencyKey()).body(submission.request())
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status != 200 && status != 201) {
                            throw new AfdasUnavailable("l'AFDAS a répondu HTTP " + status + " à la demande " + submission.idempotencyKey()
                                    + (response.getStatusCode().is4xxClientError() ? " (demande refusée : " + text(response.getBody().readAllBytes()) + ")" : ""));
                        }
                        AfdasReceipt receipt = response.bodyTo(AfdasReceipt.class);
                        if (receipt == null || receipt.paymentReference() == null || receipt.paymentReference().isBlank()) {
                            throw new AfdasUnavailable("l'AFDAS n'a pas donné de référence de paiement pour la demande " + submission.idempotencyKey());
                        }
                        return receipt;
                    });
        } catch (RestClientException e) {
            throw new AfdasUnavailable("l'AFDAS ne répond pas : " + e.getMessage(), e);
        }
    }

    private static String text(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    /** AFDAS's answer to a submission: its payment reference and the state it gives it ({@code RECEIVED}). */
    record AfdasReceipt(String paymentReference, String status) {
    }

    /** AFDAS did not take the request: an error status, a refusal, a time-out or no connection. */
    static class AfdasUnavailable extends RuntimeException {

        AfdasUnavailable(String message) {
            super(message);
        }

        AfdasUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
