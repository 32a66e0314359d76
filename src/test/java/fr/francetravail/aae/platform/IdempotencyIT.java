package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A creation resent with the same {@code Idempotency-Key} gets the first answer and creates nothing more, whichever request
 * comes first and whenever: one after the other, at the same time, or while the first still runs; the same key for another
 * request, or a malformed key, is refused in French and writes nothing; keys are per user; without the header, each send
 * creates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyIT extends ServiceIT {

    private static final String AGENCY = "idem-lens";
    private static final String PARTNER = "idem-louvre-lens";
    private static final String MANAGER = "idem-manager";
    private static final String COUNSELLOR = "idem-conseiller";
    private static final String OTHER_COUNSELLOR = "idem-conseillere";
    private static final String MEDIATOR = "idem-mediateur";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private IdempotencyKeys keys;
    @Autowired
    private TransactionTemplate transactions;

    @BeforeAll
    void agencyAndPartner() {
        scenario(MANAGER).agency(Agency.of(AGENCY, "Lens")).partner(Partner.of(PARTNER, "Louvre-Lens", "55700000000009"))
                .counsellor(COUNSELLOR, AGENCY).counsellor(OTHER_COUNSELLOR, AGENCY).mediator(MEDIATOR, PARTNER);
    }

    @Test
    void aCreationResentWithTheSameKeyGetsTheFirstAnswerAndCreatesOneOperation() {
        String key = UUID.randomUUID().toString();
        int before = operations();

        HttpResponse<String> first = propose(COUNSELLOR, key, proposal());
        HttpResponse<String> resent = propose(COUNSELLOR, key, proposal());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(resent.statusCode()).isEqualTo(201);
        assertThat(resent.body()).isEqualTo(first.body());
        assertThat(resent.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"))
                .hasValue("/api/operations/" + json(first).path("reference").asText());
        assertThat(resent.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(resent.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(operations()).as("une seule opération créée").isEqualTo(before + 1);
    }

    @Test
    void theSameKeyForAnotherBodyIsRefusedInFrenchAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        propose(COUNSELLOR, key, proposal());
        int before = operations();

        HttpResponse<String> other = propose(COUNSELLOR, key, proposal().venue("Pavillon de verre", "THEATRE"));

        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(other).path("title").asText()).isEqualTo("Requête impossible à traiter");
        assertThat(json(other).path("detail").asText()).isEqualTo("La clé Idempotency-Key a déjà servi à une autre requête "
                + "(méthode, adresse ou corps différents) : une nouvelle requête demande une nouvelle clé");
        assertThat(operations()).isEqualTo(before);
    }

    @Test
    void twoIdenticalRequestsAtOnceCreateOneOperation() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = operations();
        CyclicBarrier together = new CyclicBarrier(2);
        List<HttpResponse<String>> answers = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(clients.submit(() -> {
                    together.await();
                    return propose(COUNSELLOR, key, proposal());
                }));
            }
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(operations()).as("une seule opération créée").isEqualTo(before + 1);
        List<HttpResponse<String>> created = answers.stream()
                .filter(a -> a.statusCode() == 201 && a.headers().firstValue("Idempotent-Replayed").isEmpty()).toList();
        assertThat(created).as("une seule création").hasSize(1);
        HttpResponse<String> other = answers.get(answers.get(0) == created.get(0) ? 1 : 0);
        if (other.statusCode() == 201) {
            assertThat(other.body()).as("la première réponse, rejouée").isEqualTo(created.get(0).body());
        } else {
            assertThat(other.statusCode()).as(other.body()).isEqualTo(409);
            assertThat(json(other).path("detail").asText()).startsWith("Une requête avec la même clé Idempotency-Key est encore en cours");
        }
    }

    @Test
    void aResendWhileTheFirstStillRunsIsAConflictAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        propose(COUNSELLOR, key, proposal());
        // as the row stands while the first request runs (on this node or another): claimed, not committed, not answered yet
        jdbc.update("""
                update idempotency_key set response_status = null, response_body = null, committed_at = null
                where user_id = ? and idempotency_key = ?""", COUNSELLOR, key);
        int before = operations();

        HttpResponse<String> resent = propose(COUNSELLOR, key, proposal());

        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(409);
        assertThat(json(resent).path("detail").asText()).isEqualTo("Une requête avec la même clé Idempotency-Key est encore en "
                + "cours : attendez sa réponse, ou renvoyez la requête plus tard pour l'obtenir");
        assertThat(operations()).isEqualTo(before);
    }

    /** The request's own transaction marked the key: a request that wrote and lost its answer is not run again. */
    @Test
    void aRequestThatWroteButLostItsAnswerIsNotRunAgain() {
        String key = UUID.randomUUID().toString();
        propose(COUNSELLOR, key, proposal());
        assertThat(jdbc.queryForObject("select committed_at from idempotency_key where user_id = ? and idempotency_key = ?",
                Timestamp.class, COUNSELLOR, key)).as("marquée par la transaction de la requête").isNotNull();
        // as the row stands when the node died after the commit, before keeping the answer
        jdbc.update("update idempotency_key set response_status = null, response_body = null where user_id = ? and idempotency_key = ?",
                COUNSELLOR, key);
        int before = operations();

        HttpResponse<String> resent = propose(COUNSELLOR, key, proposal());

        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(409);
        assertThat(json(resent).path("detail").asText()).isEqualTo("La requête de même clé Idempotency-Key a déjà été enregistrée, "
                + "mais sa réponse n'a pas pu être conservée : consultez la ressource plutôt que de la renvoyer");
        assertThat(operations()).isEqualTo(before);
    }

    /** A node died while the request ran, before it wrote: once the lease has passed, the resend runs. */
    @Test
    void aKeyWhoseRequestDiedBeforeWritingIsTakenOverAfterItsLease() {
        String key = UUID.randomUUID().toString();
        propose(COUNSELLOR, key, proposal());
        // as the row stands when the node died 30 s after claiming the key, before its request wrote anything
        jdbc.update("""
                update idempotency_key set response_status = null, response_body = null, committed_at = null, created_at = ?
                where user_id = ? and idempotency_key = ?""", Timestamp.from(Instant.now().minusSeconds(30)), COUNSELLOR, key);
        int before = operations();
        assertThat(propose(COUNSELLOR, key, proposal()).statusCode()).as("bail encore courant (2 min)").isEqualTo(409);
        jdbc.update("update idempotency_key set created_at = ? where user_id = ? and idempotency_key = ?",
                Timestamp.from(Instant.now().minusSeconds(180)), COUNSELLOR, key);

        HttpResponse<String> resent = propose(COUNSELLOR, key, proposal());

        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(201);
        assertThat(resent.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(operations()).isEqualTo(before + 1);
    }

    /** A request that outlived its lease and whose key a resend took over writes nothing: its transaction rolls back. */
    @Test
    void aRequestWhoseKeyWasTakenOverRollsBackInsteadOfWritingTwice() {
        IdempotencyKeys.Claim claim = keys.claim(COUNSELLOR, UUID.randomUUID().toString(), "0".repeat(64));
        long id = ((IdempotencyKeys.Claimed) claim).id();
        jdbc.update("delete from idempotency_key where id = ?", id); // taken over by a resend after running-lease
        keys.startRunning(id);
        try {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.update(
                    "insert into operation_sequence (reference_year, region_code, last_value) values (2097, 'COR', 0)")))
                    .isInstanceOf(StateConflictException.class).hasMessageContaining("un renvoi de la même requête l'a reprise");
        } finally {
            assertThat(keys.stopRunning()).as("rien d'écrit").isFalse();
        }
        assertThat(jdbc.queryForObject("select count(*) from operation_sequence where reference_year = 2097", Integer.class)).isZero();
    }

    @Test
    void keysArePerUser() {
        String key = UUID.randomUUID().toString();
        int before = operations();

        HttpResponse<String> mine = propose(COUNSELLOR, key, proposal());
        HttpResponse<String> hers = propose(OTHER_COUNSELLOR, key, proposal());

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(hers.statusCode()).as(hers.body()).isEqualTo(201);
        assertThat(hers.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(json(hers).path("reference").asText()).isNotEqualTo(json(mine).path("reference").asText());
        assertThat(operations()).isEqualTo(before + 2);
    }

    @Test
    void withoutTheHeaderEachSendCreates() {
        int before = operations();

        assertThat(propose(COUNSELLOR, null, proposal()).statusCode()).isEqualTo(201);
        assertThat(propose(COUNSELLOR, null, proposal()).statusCode()).isEqualTo(201);

        assertThat(operations()).isEqualTo(before + 2);
    }

    @Test
    void aMalformedKeyIsRefusedInFrenchNamingTheHeaderAndItsLimit() {
        int before = operations();
        for (String key : List.of("k".repeat(256), "abc\tdef")) {
            HttpResponse<String> refused = propose(COUNSELLOR, key, proposal());

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            JsonNode problem = json(refused);
            assertThat(problem.path("detail").asText()).isEqualTo("Idempotency-Key : de 1 à 255 caractères ASCII imprimables "
                    + "(lettres, chiffres, ponctuation ; ni caractère de contrôle ni accent), par exemple un UUID");
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
            assertThat(problem.path("limit").asInt()).isEqualTo(255);
        }
        assertThat(operations()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where user_id = ? and idempotency_key like 'kkk%'",
                Integer.class, COUNSELLOR)).isZero();
    }

    @Test
    void aRefusedRequestFreesItsKeyForTheCorrectedOne() {
        String key = UUID.randomUUID().toString();
        int before = operations();

        HttpResponse<String> refused = propose(COUNSELLOR, key, proposal().groupSize(3));
        HttpResponse<String> corrected = propose(COUNSELLOR, key, proposal());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(operations()).isEqualTo(before + 1);
    }

    @Test
    void anExpiredKeyIsForgottenAndDeletedByTheCleanUp() {
        String key = UUID.randomUUID().toString();
        propose(COUNSELLOR, key, proposal());
        expire(key);
        int before = operations();

        HttpResponse<String> afterRetention = propose(COUNSELLOR, key, proposal());

        assertThat(afterRetention.statusCode()).isEqualTo(201);
        assertThat(afterRetention.headers().firstValue("Idempotent-Replayed")).as("une nouvelle requête").isEmpty();
        assertThat(operations()).isEqualTo(before + 1);

        expire(key);
        assertThat(keys.deleteExpiredAt(Instant.now())).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where user_id = ? and idempotency_key = ?",
                Integer.class, COUNSELLOR, key)).isZero();
    }

    @Test
    void aCandidatesFileResentWithTheSameKeyAddsItsCandidatesOnce() {
        String reference = json(propose(COUNSELLOR, null, proposal())).path("reference").asText();
        signConvention(reference, as(COUNSELLOR), as(MEDIATOR), as(MANAGER));
        String key = UUID.randomUUID().toString();
        String file = "identifiant_france_travail;nom;prenom;email;telephone;annee_naissance;date_inscription;rsa;qpv;rqth\n"
                + "5570001A;Martin;Léa;lea.martin@exemple.fr;06 12 34 56 78;1988;15/03/2024;non;oui;non\n"
                + "5570002B;Petit;Hugo;hugo.petit@exemple.fr;;1979;02/01/2023;oui;non;non\n";

        HttpResponse<String> first = send(COUNSELLOR, "/api/operations/" + reference + "/candidates", "text/csv", file, key);
        HttpResponse<String> resent = send(COUNSELLOR, "/api/operations/" + reference + "/candidates", "text/csv", file, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(resent.statusCode()).isEqualTo(201);
        assertThat(resent.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("select count(*) from enrolment e join operation o on o.id = e.operation_id where o.reference = ?",
                Integer.class, reference)).isEqualTo(2);
    }

    @Test
    void theApiDocumentationOffersTheHeaderOnEveryCreatingPost() {
        JsonNode paths = as(ADMIN).get("/v3/api-docs").expect(200).json().path("paths");

        for (String path : List.of("/api/operations", "/api/operations/{reference}/candidates", "/api/operations/{reference}/cancellation",
                "/api/operations/{reference}/employers", "/api/operations/{reference}/enrolments/{enrolmentId}/withdrawal",
                "/api/operations/{reference}/enrolments/{enrolmentId}/survey", "/api/agencies", "/api/partners")) {
            JsonNode header = headerParameter(paths.path(path).path("post"));
            assertThat(header).as(path).isNotNull();
            assertThat(header.path("required").asBoolean()).as(path).isFalse();
            assertThat(header.path("schema").path("maxLength").asInt()).isEqualTo(255);
            assertThat(header.path("description").asText()).contains("Facultatif", "Sans cet en-tête");
        }
        assertThat(headerParameter(paths.path("/api/afdas/callbacks").path("post"))).as("rappels d'AFDAS").isNull();
        assertThat(headerParameter(paths.path("/api/agencies/{code}").path("put"))).isNull();
    }

    private static JsonNode headerParameter(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("header".equals(parameter.path("in").asText()) && "Idempotency-Key".equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        return null;
    }

    private void expire(String key) {
        jdbc.update("update idempotency_key set expires_at = ? where user_id = ? and idempotency_key = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), COUNSELLOR, key);
    }

    private int operations() {
        return jdbc.queryForObject("select count(*) from operation where agency_code = ?", Integer.class, AGENCY);
    }

    private static Proposal proposal() {
        return Proposal.of(PARTNER, AGENCY, TODAY.plusDays(20));
    }

    private HttpResponse<String> propose(String user, String key, Proposal proposal) {
        return send(user, "/api/operations", "application/json", proposal.json(), key);
    }

    private HttpResponse<String> send(String user, String path, String contentType, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Réponse non JSON : " + response.body(), e);
        }
    }
}
