package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.support.WebappSession;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Tasklist login lives in the database, not in the memory of the node that answered: what one node wrote, every node
 * reads (the cluster needs no sticky sessions), and a session the database no longer holds is no login anywhere. Each
 * request works on its own copy of the session, read at its start and saved at its end: the requests a browser sends at
 * once must neither undo a logout nor hand out tokens the session does not hold.
 */
class WebSessionsIT extends ServiceIT {

    private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";
    private static final String LOGOUT = "/camunda/api/admin/auth/user/default/logout";
    /** The session attribute where the webapps keep who is logged in. */
    private static final String LOGIN = "authenticatedUser";
    /** The session attribute where the webapps keep the CSRF token. */
    private static final String CSRF_TOKEN = "CAMUNDA_CSRF_TOKEN";
    /** Requests a browser sends at once (Tasklist loads several resources in parallel). */
    private static final int AT_ONCE = 8;
    private static final int ROUNDS = 10;

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aLoginIsARowOfTheDatabaseAndEndsWithIt() {
        createUser("ws-conseiller", "conseillers");
        WebappSession browser = WebappSession.login(baseUrl(), "ws-conseiller");
        HttpCookie cookie = browser.cookie("SESSION").orElseThrow(() -> new AssertionError("no SESSION cookie: " + browser));
        assertThat(cookie.isHttpOnly()).as("session cookie HttpOnly").isTrue();
        browser.get(TASK_COUNT).expect(200);

        String session = decoded(cookie.getValue());
        assertThat(attributeNames(session)).as("the session's attributes in the database").contains(LOGIN);

        assertThat(jdbc.sql("delete from spring_session where session_id = ?").param(session).update()).isEqualTo(1);
        assertThat(browser.get(TASK_COUNT).status()).as("the same cookie once the database forgot the session").isEqualTo(401);
    }

    /** A logout on one node is a logout on all: the session is gone from the database, and the browser forgets it. */
    @Test
    void loggingOutEndsTheSessionInTheDatabase() throws Exception {
        createUser("ws-manager", "managers");
        WebappSession browser = WebappSession.login(baseUrl(), "ws-manager");
        String cookie = browser.cookie("SESSION").orElseThrow().getValue();
        assertThat(storedAttribute(decoded(cookie), LOGIN)).hasValueSatisfying(login -> assertThat(login).contains("ws-manager"));

        browser.post(LOGOUT, "").expect(200);
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(decoded(cookie)).query(Integer.class).single())
                .as("the session's row after the logout").isZero();
        assertThat(browser.cookie("SESSION")).as("the browser's session cookie after the logout").isEmpty();
        assertThat(get(cookie, TASK_COUNT).statusCode()).as("the old cookie after the logout").isEqualTo(401);
        assertThat(browser.get(TASK_COUNT).status()).isEqualTo(401);
    }

    /**
     * Camunda's filter writes the login it read at a request's start back into the session at the request's end: the
     * requests in flight while the user logs out must not save the logged-in copy over the logout.
     */
    @Test
    void aLogoutHoldsAgainstTheRequestsInFlight() throws Exception {
        createUser("ws-logout", "conseillers");
        List<Integer> stillLoggedIn = new ArrayList<>();
        ExecutorService browserThreads = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                WebappSession browser = WebappSession.login(baseUrl(), "ws-logout");
                String cookie = browser.cookie("SESSION").orElseThrow().getValue();
                List<Future<HttpResponse<String>>> inFlight = atOnce(browserThreads, () -> get(cookie, TASK_COUNT));

                browser.post(LOGOUT, "").expect(200);
                for (Future<HttpResponse<String>> request : inFlight) {
                    request.get();
                }
                if (get(cookie, TASK_COUNT).statusCode() != 401) {
                    stillLoggedIn.add(round);
                }
            }
        } finally {
            browserThreads.shutdownNow();
        }
        assertThat(stillLoggedIn).as("rounds (of %d) whose session was logged in again after its logout", ROUNDS).isEmpty();
    }

    /**
     * The requests a browser sends at once right after its login (on any node) all get the one token the session holds,
     * so the token the browser ends with is accepted.
     */
    @Test
    void theRequestsRightAfterALoginAllGetTheSessionsToken() throws Exception {
        createUser("ws-csrf", "conseillers");
        ExecutorService browserThreads = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                WebappSession browser = WebappSession.login(baseUrl(), "ws-csrf");
                String cookie = browser.cookie("SESSION").orElseThrow().getValue();
                List<String> afterLogin = attributeNames(decoded(cookie));
                assertThat(afterLogin).as("the session's attributes written by the login").contains(LOGIN, CSRF_TOKEN);
                List<String> handedOut = new ArrayList<>();
                browser.cookie("XSRF-TOKEN").map(HttpCookie::getValue).ifPresent(handedOut::add);

                List<Future<HttpResponse<String>>> requests = atOnce(browserThreads, () -> get(cookie, TASK_COUNT));
                for (Future<HttpResponse<String>> request : requests) {
                    HttpResponse<String> response = request.get();
                    assertThat(response.statusCode()).isEqualTo(200);
                    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(handedOut::add);
                    response.headers().allValues("Set-Cookie").stream().filter(set -> set.startsWith("XSRF-TOKEN="))
                            .map(set -> set.substring("XSRF-TOKEN=".length(), set.indexOf(';'))).forEach(handedOut::add);
                }

                assertThat(attributeNames(decoded(cookie)))
                        .as("round %d: attributes first written by the parallel requests (H2 has no upsert: they would collide)", round)
                        .containsExactlyInAnyOrderElementsOf(afterLogin);
                String held = storedAttribute(decoded(cookie), CSRF_TOKEN).orElseThrow(() -> new AssertionError("no CSRF token in the session"));
                assertThat(handedOut).as("round %d: the tokens handed out, and the session's", round).isNotEmpty()
                        .allSatisfy(token -> assertThat(held).contains(token));
                HttpResponse<String> post = client.send(request(cookie, TASK_COUNT).POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", handedOut.get(handedOut.size() - 1)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(post.statusCode()).as("round %d: a POST with the last token handed out", round).isEqualTo(200);
            }
        } finally {
            browserThreads.shutdownNow();
        }
    }

    /** The same request {@link #AT_ONCE} times, released together. */
    private static <T> List<Future<T>> atOnce(ExecutorService threads, Callable<T> request) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> requests = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            requests.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return request.call();
            }));
        }
        ready.await();
        go.countDown();
        return requests;
    }

    private HttpResponse<String> get(String sessionCookie, String path) throws IOException, InterruptedException {
        return client.send(request(sessionCookie, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request of the browser holding that session cookie (and no other). */
    private HttpRequest.Builder request(String sessionCookie, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "application/json")
                .header("Cookie", "SESSION=" + sessionCookie);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private List<String> attributeNames(String session) {
        return jdbc.sql("""
                select a.attribute_name from spring_session s join spring_session_attributes a on a.session_primary_id = s.primary_id
                where s.session_id = ?""").param(session).query(String.class).list();
    }

    /** A session attribute as stored (Java serialization writes strings, such as a user id or a token, as they are). */
    private Optional<String> storedAttribute(String session, String attribute) {
        return jdbc.sql("""
                select a.attribute_bytes from spring_session s join spring_session_attributes a on a.session_primary_id = s.primary_id
                where s.session_id = ? and a.attribute_name = ?""").params(session, attribute).query(byte[].class).optional()
                .map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1));
    }

    /** Spring Session's cookie holds the session id in Base64. */
    private static String decoded(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
    }
}
