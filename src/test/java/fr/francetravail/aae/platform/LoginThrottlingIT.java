package fr.francetravail.aae.platform;

import static fr.francetravail.aae.common.Viewer.COUNSELLORS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.francetravail.aae.support.ServiceIT;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrong passwords, sent by clients without an account (or, for {@code identity/verify}, with one) through each door
 * that checks a password: they lock the account only for a while, never for good; a client address that keeps failing
 * is answered 429 without anything being checked; other clients and accounts go on; the administrator has a break-glass.
 * Each attacker has its own address (X-Forwarded-For, trusted from 127.0.0.1 in the tests), so the other tests' client,
 * 127.0.0.1, is never throttled. Test settings (ServiceIT): accounts locked 1 s, 20 failures per address, one more every
 * 0.25 s.
 */
class LoginThrottlingIT extends ServiceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENT_FAILURES = 20;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PasswordCheckPlugin passwordChecks;
    @Autowired
    private IdentityService identity;

    /** The doors where a password is checked. */
    enum Door {
        API_BASIC, ENGINE_REST_BASIC, WEBAPP_LOGIN, IDENTITY_VERIFY
    }

    enum Outcome {
        ACCEPTED, REFUSED, THROTTLED
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aClientThatKeepsFailingIsThrottledWithoutAnyPasswordChecked(Door door) throws Exception {
        String victim = "victime-" + door.ordinal();
        createUser(victim, COUNSELLORS);
        Client attacker = new Client("203.0.113." + (10 + door.ordinal()), door);

        // the address may fail 20 times in a burst, then once every 2 s: it is throttled within a few more tries
        int failures = 0;
        Outcome outcome = attacker.login("inconnu-0", "devine");
        while (outcome == Outcome.REFUSED && failures < 3 * CLIENT_FAILURES) {
            failures++;
            outcome = attacker.login("inconnu-" + failures, "devine");
        }
        assertThat(outcome).as("après %d échecs", failures).isEqualTo(Outcome.THROTTLED);
        assertThat(failures).isGreaterThanOrEqualTo(CLIENT_FAILURES);

        HttpResponse<String> refused = attacker.send(victim, "devine");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 2L);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("title").asText()).isEqualTo("Trop de tentatives de connexion");
        assertThat(problem.path("detail").asText()).startsWith("Trop de tentatives de connexion échouées depuis votre adresse");
        assertThat(attacker.login(victim, victim)).as("même le bon mot de passe n'est pas vérifié").isEqualTo(Outcome.THROTTLED);
        assertThat(lockOf(victim)).as("rien n'a été vérifié pour la victime").isEqualTo(new Lock(0, null));

        assertThat(new Client("203.0.113.99", door).login(victim, victim)).as("un autre client").isEqualTo(Outcome.ACCEPTED);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> attacker.login(victim, victim) == Outcome.ACCEPTED);
    }

    @Test
    void failedPasswordsLockAnAccountOnlyForAWhileNeverForGood() throws Exception {
        createUser("cible", COUNSELLORS);
        createUser("voisin", COUNSELLORS);
        // the engine's clock stands still, then jumps past each lock
        ClockUtil.setCurrentTime(new Date());
        try {
            // Camunda locks an account for good at its 10th failure by default
            for (int attempt = 1; attempt <= 15; attempt++) {
                Door door = Door.values()[attempt % Door.values().length];
                Client client = new Client("198.51.100." + attempt, door);
                assertThat(client.login("cible", "devine")).as("échec %d par %s", attempt, door).isEqualTo(Outcome.REFUSED);
                Lock lock = lockOf("cible");
                assertThat(lock.attempts()).isEqualTo(attempt);
                assertThat(Duration.between(ClockUtil.now().toInstant(), lock.expires())).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
                assertThat(client.login("cible", "cible")).as("verrouillé, même le bon mot de passe").isEqualTo(Outcome.REFUSED);
                assertThat(lockOf("cible")).as("pendant le verrou, rien n'est compté").isEqualTo(lock);
                assertThat(new Client("198.51.100.200", door).login("voisin", "voisin")).as("un autre compte").isEqualTo(Outcome.ACCEPTED);
                ClockUtil.setCurrentTime(Date.from(lock.expires().plusMillis(1)));
            }

            assertThat(new Client("198.51.100.100", Door.API_BASIC).login("cible", "cible")).isEqualTo(Outcome.ACCEPTED);
            assertThat(lockOf("cible")).isEqualTo(new Lock(0, null));
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void theAdministratorIsUnlockedAtStartUp() throws Exception {
        Client client = new Client("192.0.2.10", Door.API_BASIC);
        try {
            assertThat(client.login(ADMIN, "devine")).isEqualTo(Outcome.REFUSED);
            assertThat(lockOf(ADMIN).attempts()).isEqualTo(1);

            passwordChecks.unlockConfiguredAccounts(identity);

            assertThat(lockOf(ADMIN)).isEqualTo(new Lock(0, null));
            assertThat(client.login(ADMIN, ADMIN)).isEqualTo(Outcome.ACCEPTED);
        } finally {
            identity.unlockUser(ADMIN);
        }
    }

    @Test
    void onlyAnAdministratorUnlocksAnAccount() throws Exception {
        createUser("verrouille", COUNSELLORS);
        createUser("collegue", COUNSELLORS);
        assertThat(new Client("192.0.2.20", Door.API_BASIC).login("verrouille", "devine")).isEqualTo(Outcome.REFUSED);
        Lock locked = lockOf("verrouille");
        assertThat(locked.attempts()).isEqualTo(1);

        as("collegue").post("/engine-rest/user/verrouille/unlock", "{}").expect(403);
        assertThat(lockOf("verrouille")).isEqualTo(locked);

        as(ADMIN).post("/engine-rest/user/verrouille/unlock", "{}").expect(204);
        assertThat(lockOf("verrouille")).isEqualTo(new Lock(0, null));
        assertThat(new Client("192.0.2.20", Door.API_BASIC).login("verrouille", "verrouille")).isEqualTo(Outcome.ACCEPTED);
    }

    /** Camunda's lock of the account, as stored. */
    private Lock lockOf(String user) {
        Map<String, Object> row = jdbc.queryForMap("select ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", user);
        Timestamp expires = (Timestamp) row.get("LOCK_EXP_TIME_");
        Number attempts = (Number) row.get("ATTEMPTS_");
        return new Lock(attempts == null ? 0 : attempts.intValue(), expires == null ? null : expires.toInstant());
    }

    record Lock(int attempts, Instant expires) {
    }

    /** A client at its own address (X-Forwarded-For), with its own cookies, trying passwords through one door. */
    private final class Client {

        private final String address;
        private final Door door;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private String csrfToken;

        Client(String address, Door door) {
            this.address = address;
            this.door = door;
        }

        Outcome login(String user, String password) throws IOException, InterruptedException {
            HttpResponse<String> response = send(user, password);
            return switch (response.statusCode()) {
                case 200 -> door == Door.IDENTITY_VERIFY && !JSON.readTree(response.body()).path("authenticated").asBoolean()
                        ? Outcome.REFUSED : Outcome.ACCEPTED;
                case 401 -> Outcome.REFUSED;
                case 429 -> Outcome.THROTTLED;
                default -> throw new AssertionError("HTTP " + response.statusCode() + " " + response.body());
            };
        }

        HttpResponse<String> send(String user, String password) throws IOException, InterruptedException {
            HttpRequest.Builder request = switch (door) {
                case API_BASIC -> basic(request("/api/operations"), user, password).GET();
                case ENGINE_REST_BASIC -> basic(request("/engine-rest/task/count"), user, password).GET();
                case WEBAPP_LOGIN -> request("/camunda/api/admin/auth/user/default/login/tasklist")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", csrfToken())
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
                // the engine answers only about accounts the asker may read (its own, or any for an administrator)
                case IDENTITY_VERIFY -> basic(request("/engine-rest/identity/verify"), ADMIN, ADMIN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", user, "password", password))));
            };
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", address).header("Accept", "application/json");
        }

        private static HttpRequest.Builder basic(HttpRequest.Builder request, String user, String password) {
            return request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        /** The webapps' CSRF token, handed out with the session on a first page load. */
        private String csrfToken() throws IOException, InterruptedException {
            if (csrfToken == null) {
                HttpResponse<String> page = http.send(request("/camunda/app/tasklist/default/").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                csrfToken = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow(() -> new AssertionError("pas de jeton CSRF"));
            }
            return csrfToken;
        }
    }
}
