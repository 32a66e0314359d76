package fr.francetravail.aae.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * AFDAS's payment API as the tests need it: a real HTTP server on a free local port answering
 * {@code openapi/afdas-payments.yaml}. It records every request, takes one payment per {@code Idempotency-Key} (a replay
 * of the key gets the same payment, 200), and can be told to fail (500), answer late (after the client's time-out, the
 * payment still taken, as a slow AFDAS would) or refuse (422) the next requests. It writes AFDAS's callbacks signed with
 * {@link #SECRET}, the secret the integration tests' service shares with it; a payment it rejects no longer counts as
 * accepted. {@link #shared()} is the one the integration tests' service is configured with.
 */
public final class AfdasStub implements AutoCloseable {

    /** The callback secret of the integration tests' service. */
    public static final String SECRET = "it-afdas-callback-secret-of-32-characters-at-least";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static AfdasStub shared;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Payment> paymentsByKey = new ConcurrentHashMap<>();
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicInteger slowAnswers = new AtomicInteger();
    private volatile Duration slowDelay = Duration.ZERO;

    private AfdasStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Le bouchon de l'AFDAS n'a pas démarré", e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** The stub of the integration tests' service (one per test JVM); reset it before programming it. */
    public static synchronized AfdasStub shared() {
        if (shared == null) {
            shared = new AfdasStub();
        }
        return shared;
    }

    /** Points {@code aae.afdas.base-url} at the shared stub and gives the service its callback secret. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("aae.afdas.base-url", () -> shared().baseUrl());
        registry.add("aae.afdas.callback-secret", () -> SECRET);
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** The next {@code times} requests get a 500, the payment not taken. */
    public AfdasStub failsNext(int times) {
        failures.set(times);
        return this;
    }

    /** The next {@code times} requests are answered after {@code delay}: the payment is taken, the answer comes late. */
    public AfdasStub answersSlowlyNext(int times, Duration delay) {
        slowDelay = delay;
        slowAnswers.set(times);
        return this;
    }

    /** The next {@code times} requests are refused at reception (422), the payment not taken. */
    public AfdasStub refusesNext(int times) {
        refusals.set(times);
        return this;
    }

    /** Every request received, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The idempotency keys of the {@code POST /payments} received for the operation, in order, repeats included. */
    public List<String> keysReceived(String operationReference) {
        return requests.stream().filter(request -> operationReference.equals(request.json().path("operationReference").asText()))
                .map(request -> request.header("Idempotency-Key")).toList();
    }

    /** The payments taken for the operation and not rejected since: exactly one once the operation is paid. */
    public long acceptedPayments(String operationReference) {
        return paymentsByKey.values().stream().filter(payment -> payment.operationReference().equals(operationReference))
                .filter(payment -> !rejected.contains(payment.reference())).count();
    }

    /** The reference of the operation's last payment taken. */
    public String lastReference(String operationReference) {
        return paymentsByKey.values().stream().filter(payment -> payment.operationReference().equals(operationReference))
                .map(Payment::reference).max(String::compareTo).orElseThrow(() -> new AssertionError("aucun paiement pour " + operationReference));
    }

    /** AFDAS's callback paying the payment, and its signature. */
    public Callback settled(String paymentReference) {
        Payment payment = payment(paymentReference);
        return callback(payment, "SETTLED", null);
    }

    /** AFDAS's callback rejecting the payment, and its signature; the payment no longer counts as accepted. */
    public Callback rejected(String paymentReference, String reason) {
        Payment payment = payment(paymentReference);
        rejected.add(paymentReference);
        return callback(payment, "REJECTED", reason);
    }

    /** Forgets every request, payment and programmed answer. */
    public void reset() {
        requests.clear();
        paymentsByKey.clear();
        rejected.clear();
        failures.set(0);
        refusals.set(0);
        slowAnswers.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The HMAC-SHA256 signature header of a body under {@link #SECRET}. */
    public static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Payment payment(String paymentReference) {
        return paymentsByKey.values().stream().filter(payment -> payment.reference().equals(paymentReference)).findFirst()
                .orElseThrow(() -> new AssertionError("paiement inconnu du bouchon : " + paymentReference));
    }

    private static Callback callback(Payment payment, String status, String reason) {
        ObjectNode body = JSON.createObjectNode().put("paymentReference", payment.reference())
                .put("operationReference", payment.operationReference()).put("status", status);
        if (reason == null) {
            body.put("amount", payment.amount()).put("settledOn", "2027-07-01");
        } else {
            body.put("reason", reason);
        }
        String text = body.toString();
        return new Callback(text, sign(text));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> e.getValue().get(0))),
                    body);
            requests.add(request);
            String key = request.header("Idempotency-Key");
            if (!"POST".equals(request.method()) || !"/payments".equals(request.path()) || key == null) {
                send(exchange, 404, "{\"title\": \"inconnu\"}");
                return;
            }
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                send(exchange, 500, "{\"title\": \"panne\"}");
                return;
            }
            if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                send(exchange, 422, "{\"title\": \"SIRET inconnu de l'AFDAS\"}");
                return;
            }
            boolean slow = slowAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            JsonNode json = request.json();
            Payment known = paymentsByKey.get(key);
            int status = known == null ? 201 : 200;
            if (known != null && !known.body().equals(json)) {
                send(exchange, 409, "{\"title\": \"clé déjà reçue avec un autre corps\"}");
                return;
            }
            Payment payment = paymentsByKey.computeIfAbsent(key, k -> new Payment(
                    "AFD-%06d".formatted(sequence.incrementAndGet()), json.path("operationReference").asText(), json.path("amount").decimalValue(), json));
            if (slow) {
                Thread.sleep(slowDelay.toMillis());
            }
            send(exchange, status, "{\"paymentReference\": \"%s\", \"status\": \"RECEIVED\"}".formatted(payment.reference()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** One request received. Header names in lower case. */
    public record Request(String method, String path, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        JsonNode json() {
            try {
                return JSON.readTree(body.isEmpty() ? "{}" : body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A callback's body and its {@code X-Afdas-Signature}. */
    public record Callback(String body, String signature) {
    }

    private record Payment(String reference, String operationReference, BigDecimal amount, JsonNode body) {
    }
}
