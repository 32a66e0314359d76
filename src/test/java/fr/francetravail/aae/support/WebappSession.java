package fr.francetravail.aae.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A browser's session of the Camunda webapps: logged in to Tasklist, each request echoing the CSRF token of the session
 * (a cookie; the login starts a new session, whose token the login's own response hands out), as the webapps' own calls
 * to {@code /camunda/api/...} do.
 */
public final class WebappSession {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    private WebappSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Logged in as the user (password = user id); fails the test if the login is refused. */
    public static WebappSession login(String baseUrl, String user) {
        WebappSession session = new WebappSession(baseUrl);
        session.send(HttpRequest.newBuilder().GET(), "/camunda/api/admin/auth/user/default");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        Http.Response login = session.send(HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded"), "/camunda/api/admin/auth/user/default/login/tasklist");
        assertThat(login.status()).as("connexion de %s : %s", user, login.body()).isEqualTo(200);
        return session;
    }

    public Http.Response get(String path) {
        return send(HttpRequest.newBuilder().GET(), path);
    }

    /** The cookie of that name the service set, if any. */
    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name)).findFirst();
    }

    public Http.Response post(String path, String json) {
        return send(HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"), path);
    }

    private Http.Response send(HttpRequest.Builder request, String path) {
        request.uri(URI.create(baseUrl + path)).header("Accept", "application/json, text/plain, */*");
        cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last).ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
