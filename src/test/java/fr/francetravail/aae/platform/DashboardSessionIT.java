package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.support.WebappSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One login for the webapps and the dashboard: the Camunda webapps' session opens {@code /pilotage/} and the page's
 * reading calls, for managers and administrators only; a browser not logged in is sent to Tasklist's login, not to a
 * Basic prompt. The session never authorises a state-changing request, with or without the webapps' CSRF token, nor any
 * other address of {@code /api} or {@code /engine-rest}: a site that makes a logged-in browser post changes nothing.
 */
class DashboardSessionIT extends ServiceIT {

    private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String EVIL = "https://evil.example";

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void aManagerLoggedInToTheWebappsReadsTheDashboardWithoutAnotherLogin() {
        createUser("ds-manager", "managers");
        WebappSession browser = WebappSession.login(baseUrl(), "ds-manager");
        String cookie = browser.cookie("SESSION").orElseThrow().getValue();

        HttpResponse<String> page = get(cookie, "/pilotage/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Pilotage");
        assertThat(page.headers().firstValue("Set-Cookie")).as("the session keeps its id").isEmpty();
        assertThat(get(cookie, "/pilotage/pilotage.js").statusCode()).isEqualTo(200);
        assertThat(get(cookie, ECHARTS).statusCode()).isEqualTo(200);
        assertThat(get(cookie, "/api/kpis").statusCode()).isEqualTo(200);
        assertThat(get(cookie, "/api/kpis.csv").statusCode()).isEqualTo(200);
        createUser("ds-admin", "camunda-admin");
        assertThat(get(WebappSession.login(baseUrl(), "ds-admin").cookie("SESSION").orElseThrow().getValue(), "/api/kpis").statusCode())
                .isEqualTo(200);

        // the groups are read again on each request: out of the managers, out of the dashboard at once
        as(ADMIN).send("DELETE", "/engine-rest/group/managers/members/ds-manager", null).expect(204);
        assertThat(get(cookie, "/api/kpis").statusCode()).isEqualTo(403);
        as(ADMIN).put("/engine-rest/group/managers/members/ds-manager").expect(204);
        assertThat(get(cookie, "/api/kpis").statusCode()).isEqualTo(200);

        browser.post("/camunda/api/admin/auth/user/default/logout", "").expect(200);
        assertThat(get(cookie, "/api/kpis").statusCode()).as("the old cookie after the logout").isEqualTo(401);
    }

    @Test
    void aCounsellorLoggedInToTheWebappsIsRefusedTheDashboard() {
        createUser("ds-conseiller", "conseillers");
        String cookie = WebappSession.login(baseUrl(), "ds-conseiller").cookie("SESSION").orElseThrow().getValue();

        assertThat(get(cookie, "/pilotage/").statusCode()).isEqualTo(403);
        assertThat(get(cookie, "/api/kpis").statusCode()).isEqualTo(403);
        assertThat(get(cookie, "/api/kpis.csv").statusCode()).isEqualTo(403);
        assertThat(get(cookie, ECHARTS).statusCode()).as("the dashboard's libraries, for any logged-in user").isEqualTo(200);
    }

    @Test
    void aBrowserNotLoggedInIsSentToTasklistsLoginThenBack() {
        HttpResponse<String> page = get(null, "/pilotage/?year=2027");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/camunda/app/tasklist/default/?retour=%2Fpilotage%2F%3Fyear%3D2027"));
        assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(get(null, "/api/kpis").statusCode()).isEqualTo(401);
        assertThat(get(null, ECHARTS).statusCode()).isEqualTo(401);
    }

    /** A site makes a manager's logged-in browser post: refused, whether the post names the CSRF token or not. */
    @Test
    void theSessionNeverAuthorisesAChangeNorTheRestOfTheApi() {
        createUser("ds-manager2", "managers");
        WebappSession browser = WebappSession.login(baseUrl(), "ds-manager2");
        String cookie = browser.cookie("SESSION").orElseThrow().getValue();
        String token = browser.cookie("XSRF-TOKEN").orElseThrow().getValue();
        String agency = "{\"code\": \"ds-evil\", \"name\": \"France Travail ds-evil\", \"region\": \"HDF\"}";

        assertThat(send("POST", cookie, "/api/agencies", agency, "Origin", EVIL, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(send("POST", cookie, "/api/agencies", agency).statusCode()).isEqualTo(401);
        assertThat(send("POST", cookie, "/api/agencies", agency, "X-XSRF-TOKEN", token, "Sec-Fetch-Site", "same-origin").statusCode())
                .isEqualTo(401);
        assertThat(send("PUT", cookie, "/api/agencies/ds-evil", agency, "X-XSRF-TOKEN", token).statusCode()).isEqualTo(401);
        assertThat(send("POST", cookie, "/api/kpis", "{}").statusCode()).isEqualTo(401);
        assertThat(send("POST", cookie, "/engine-rest/user/create", "{\"profile\": {\"id\": \"ds-evil\"}, \"credentials\": {\"password\": \"ds-evil-password\"}}",
                "X-XSRF-TOKEN", token).statusCode()).isEqualTo(401);
        as(ADMIN).get("/api/agencies/ds-evil").expect(404);
        as(ADMIN).get("/engine-rest/user/ds-evil/profile").expect(404);

        // reading requests outside the dashboard's own: not for the session either
        assertThat(get(cookie, "/api/agencies").statusCode()).isEqualTo(401);
        assertThat(get(cookie, "/api/operations").statusCode()).isEqualTo(401);
        assertThat(get(cookie, "/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(get(cookie, "/api/kpis").statusCode()).as("the dashboard's own").isEqualTo(200);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String sessionCookie, String path) {
        return send("GET", sessionCookie, path, null);
    }

    /** A request carrying the session cookie (if any) and the headers given, and no other credentials. */
    private HttpResponse<String> send(String method, String sessionCookie, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (sessionCookie != null) {
            request.header("Cookie", "SESSION=" + sessionCookie);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
