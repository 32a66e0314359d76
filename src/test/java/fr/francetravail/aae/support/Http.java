package fr.francetravail.aae.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A minimal JSON-over-HTTP client for the integration tests: real requests, no Spring test shortcuts. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String user;

    Http(String baseUrl, String user) {
        this.baseUrl = baseUrl;
        this.user = user;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder().GET(), path);
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(json)), path);
    }

    /** A POST with these extra headers (name, value, name, value…). */
    public Response post(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(json)).headers(headers), path);
    }

    public Response put(String path) {
        return send("PUT", path, null);
    }

    public Response send(String method, String path, String json) {
        return send(HttpRequest.newBuilder().method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)), path);
    }

    /** A GET as a browser sends it for a page (Accept: text/html), answered with its headers. */
    public HttpResponse<String> page(String path) {
        return exchange(HttpRequest.newBuilder().GET().header("Accept", "text/html"), path);
    }

    private Response send(HttpRequest.Builder request, String path) {
        HttpResponse<String> response = exchange(request.header("Content-Type", "application/json").header("Accept", "application/json"), path);
        return new Response(response.statusCode(), response.body());
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, String path) {
        request.uri(URI.create(baseUrl + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status and body of one exchange. */
    public record Response(int status, String body) {

        public Response expect(int expected) {
            assertThat(status).as("HTTP status, body: %s", body).isEqualTo(expected);
            return this;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Réponse non JSON : " + body, e);
            }
        }
    }
}
