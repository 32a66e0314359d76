package fr.francetravail.aae.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The job seekers' status service as the tests need it: a real HTTP server on a free local port, answering the contract
 * of {@code openapi/employment-status.yaml}, programmed per France Travail id. An id not programmed is unknown to the
 * service (404). {@link #shared()} is the one the integration tests' service is configured with.
 */
public final class EmploymentStatusStub implements AutoCloseable {

    private static final Pattern PATH = Pattern.compile("/job-seekers/([^/]+)/situation");
    private static EmploymentStatusStub shared;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private EmploymentStatusStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Le bouchon du service de situation n'a pas démarré", e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** A new stub of its own, to close after use. */
    public static EmploymentStatusStub start() {
        return new EmploymentStatusStub();
    }

    /** The stub of the integration tests' service (one per test JVM); reset it before programming it. */
    public static synchronized EmploymentStatusStub shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** Points {@code aae.employment-status.base-url} at the shared stub. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("aae.employment-status.base-url", () -> shared().baseUrl());
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** 200 with the situation code (CDI, TRAINING…). */
    public EmploymentStatusStub knows(String franceTravailId, String situation) {
        answers.put(franceTravailId, new Answer(200, situation, Duration.ZERO));
        return this;
    }

    /** 200 with the situation {@code UNKNOWN}. */
    public EmploymentStatusStub doesNotKnowTheSituationOf(String franceTravailId) {
        return knows(franceTravailId, "UNKNOWN");
    }

    /** 404: the job seeker is unknown (the answer for any id not programmed). */
    public EmploymentStatusStub doesNotKnow(String franceTravailId) {
        answers.remove(franceTravailId);
        return this;
    }

    /** 500. */
    public EmploymentStatusStub fails(String franceTravailId) {
        answers.put(franceTravailId, new Answer(500, null, Duration.ZERO));
        return this;
    }

    /** 200 with the situation, after {@code delay} (longer than the client's read time-out to make it time out). */
    public EmploymentStatusStub answersSlowly(String franceTravailId, String situation, Duration delay) {
        answers.put(franceTravailId, new Answer(200, situation, delay));
        return this;
    }

    /** Paths and queries received, in order, e.g. {@code /job-seekers/1234567A/situation?date=2027-05-01}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Forgets every programmed answer and received request. */
    public void reset() {
        answers.clear();
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(exchange.getRequestURI().getPath() + (query == null ? "" : "?" + query));
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            Answer answer = path.matches() && "GET".equals(exchange.getRequestMethod()) ? answers.get(path.group(1)) : null;
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Thread.sleep(answer.delay().toMillis());
            if (answer.status() != 200) {
                exchange.sendResponseHeaders(answer.status(), -1);
                return;
            }
            String date = query == null ? "" : query.replaceFirst("^.*date=([0-9-]+).*$", "$1");
            byte[] body = """
                    {"franceTravailId": "%s", "date": "%s", "situation": "%s"}""".formatted(path.group(1), date, answer.situation())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Answer(int status, String situation, Duration delay) {
    }
}
