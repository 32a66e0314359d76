package fr.francetravail.aae.payment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Stands in for AFDAS's payment API in {@code dev} only, under the same contract: a caller without our API key
 * ({@code aae.afdas.api-key}) is refused (401) and nothing is paid; a new idempotency key is a new payment (201), the
 * same key the same payment (200). {@code aae.afdas.simulator.settle-after} later it calls our callback,
 * signed with the shared secret, to say the payment is settled; while the payment process does not wait yet (409), it
 * calls again after the same delay, up to ten times.
 */
@Profile("dev")
@RestController
class AfdasSimulator {

    private static final Logger log = LoggerFactory.getLogger(AfdasSimulator.class);
    private static final int CALLBACK_ATTEMPTS = 10;

    private final Map<String, String> referenceByKey = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final SimulatorSettings settings;
    private final byte[] apiKey;
    private final AfdasSignature signature;
    private final TaskScheduler scheduler;
    private final RestClient callbacks;
    private final ObjectMapper json;
    private final Clock clock;

    AfdasSimulator(SimulatorSettings settings, AfdasSettings afdas, TaskScheduler scheduler, RestClient.Builder builder, ObjectMapper json,
            Clock clock) {
        this.settings = settings;
        this.apiKey = afdas.apiKey() == null ? new byte[0] : afdas.apiKey().getBytes(StandardCharsets.UTF_8);
        this.signature = new AfdasSignature(afdas.callbackSecret());
        this.scheduler = scheduler;
        this.callbacks = builder.build();
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/simulators/afdas/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> receive(@RequestHeader(name = AfdasClient.API_KEY, required = false) String callerKey,
            @RequestHeader(AfdasClient.IDEMPOTENCY_KEY) String key, @RequestBody AfdasPaymentRequest request) {
        if (!knows(callerKey)) {
            log.info("Simulateur AFDAS : demande refusée, clé d'API absente ou invalide");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        String known = referenceByKey.get(key);
        if (known != null) {
            return ResponseEntity.ok(receipt(known));
        }
        String reference = referenceByKey.computeIfAbsent(key, k -> "AFDAS-SIM-" + String.format("%05d", sequence.incrementAndGet()));
        log.info("Simulateur AFDAS : demande {} reçue pour {} ({} EUR), référence {}", key, request.operationReference(), request.amount(),
                reference);
        settleLater(reference, request, 1);
        return ResponseEntity.status(HttpStatus.CREATED).body(receipt(reference));
    }

    private boolean knows(String callerKey) {
        return apiKey.length > 0 && callerKey != null && MessageDigest.isEqual(apiKey, callerKey.getBytes(StandardCharsets.UTF_8));
    }

    private void settleLater(String reference, AfdasPaymentRequest request, int attempt) {
        scheduler.schedule(() -> settle(reference, request, attempt), clock.instant().plus(settings.settleAfter()));
    }

    private void settle(String reference, AfdasPaymentRequest request, int attempt) {
        Map<String, Object> callback = new LinkedHashMap<>();
        callback.put("paymentReference", reference);
        callback.put("operationReference", request.operationReference());
        callback.put("status", "SETTLED");
        callback.put("amount", request.amount());
        callback.put("settledOn", LocalDate.now(clock).toString());
        try {
            byte[] body = json.writeValueAsString(callback).getBytes(StandardCharsets.UTF_8);
            callbacks.post().uri(settings.callbackUrl()).contentType(MediaType.APPLICATION_JSON)
                    .header(AfdasSignature.HEADER, signature.sign(body)).body(body).retrieve().toBodilessEntity();
            log.info("Simulateur AFDAS : paiement {} de {} réglé", reference, request.operationReference());
        } catch (RestClientException | JsonProcessingException e) {
            log.warn("Simulateur AFDAS : réponse {} de {} non acceptée ({}), essai {}/{}", reference, request.operationReference(),
                    e.getMessage(), attempt, CALLBACK_ATTEMPTS);
            if (attempt < CALLBACK_ATTEMPTS) {
                settleLater(reference, request, attempt + 1);
            }
        }
    }

    private static Map<String, String> receipt(String reference) {
        return Map.of("paymentReference", reference, "status", "RECEIVED");
    }

    /** {@code aae.afdas.simulator.*}: how long the simulated AFDAS takes to pay, and where it sends its answer. */
    @ConfigurationProperties("aae.afdas.simulator")
    record SimulatorSettings(Duration settleAfter, String callbackUrl) {

        SimulatorSettings {
            settleAfter = settleAfter == null ? Duration.ofSeconds(30) : settleAfter;
        }
    }
}
