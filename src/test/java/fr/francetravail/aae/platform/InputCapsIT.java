package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.francetravail.aae.cohort.CandidateBatch;
import fr.francetravail.aae.cohort.CandidateDecision;
import fr.francetravail.aae.cohort.CandidateRequest;
import fr.francetravail.aae.cohort.Enrolment;
import fr.francetravail.aae.cohort.RecruitmentService;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Operation;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every batch, body and collection has a limit, answered with a 4xx that names it, and nothing is written: candidates
 * beyond the operation's cap (CSV file, JSON list, the form « Constituer le groupe »), employers beyond the meeting's
 * cap, bodies beyond their path's limit, authenticated or not, with or without a declared length.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InputCapsIT extends ServiceIT {

    private static final String AGENCY = "caps-lens";
    private static final String PARTNER = "caps-louvre-lens";
    private static final String MANAGER = "caps-manager";
    private static final String COUNSELLOR = "caps-conseiller";
    private static final String MEDIATOR = "caps-mediateur";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSV_HEADER = "identifiant_france_travail;nom;prenom;email;telephone;annee_naissance;date_inscription;rsa;qpv;rqth\n";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OperationService operations;
    @Autowired
    private RecruitmentService recruitment;

    private Scenario scenario;
    /** Target 10, its cohort being built: 40 candidates at most. */
    private String reference;

    @BeforeAll
    void operationWhoseCohortIsBeingBuilt() {
        scenario = scenario(MANAGER).agency(Agency.of(AGENCY, "Lens"))
                .partner(Partner.of(PARTNER, "Louvre-Lens", "55100000000010").contact("Médiation", "mediation@louvre-lens.example"))
                .counsellor(COUNSELLOR, AGENCY).mediator(MEDIATOR, PARTNER);
        reference = propose(10).reference();
        signConvention(reference, as(COUNSELLOR), as(MEDIATOR), as(MANAGER));
        assertThat(as(COUNSELLOR).get("/api/operations/" + reference).expect(200).json().path("status").asText()).isEqualTo("COHORT_BUILDING");
    }

    @Test
    @Order(1)
    void aFileOfMoreCandidatesThanTheOperationMayHaveIsRefusedWhole() {
        Map<String, Integer> before = cohortRows();

        Http.Response refused = send(COUNSELLOR, "POST", "/api/operations/" + reference + "/candidates", "text/csv",
                HttpRequest.BodyPublishers.ofString(csv(1, 41)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("message")).containsExactly(
                "40 candidats au plus par opération (4 par place, cible de 10) : 0 déjà ajoutés, 41 de plus refusés");
        assertThat(cohortRows()).as("ni candidat, ni processus, ni mail").isEqualTo(before);
    }

    @Test
    @Order(2)
    void noPathAddsCandidatesBeyondTheCapCountingThoseAlreadyThere() throws Exception {
        as(COUNSELLOR).post("/api/operations/" + reference + "/candidates", "{\"candidates\": " + candidatesJson(1, 38) + "}").expect(201);
        Map<String, Integer> before = cohortRows();

        Http.Response json = as(COUNSELLOR).post("/api/operations/" + reference + "/candidates",
                "{\"candidates\": " + candidatesJson(39, 41) + "}").expect(400);
        assertThat(json.json().path("detail").asText()).contains("40 candidats au plus par opération", "38 déjà ajoutés, 3 de plus refusés");

        String task = singleTask(as(COUNSELLOR), reference, "Task_BuildCohort");
        Http.Response form = as(COUNSELLOR).post("/engine-rest/task/" + task + "/complete", """
                {"variables": {"infoMeetingDate": {"value": "%s"}, "candidates": {"type": "Json", "value": %s}}}"""
                .formatted(TODAY.plusDays(5), JSON.writeValueAsString(candidatesJson(39, 41))));
        form.expect(400);
        assertThat(form.body()).contains("40 candidats au plus par opération (4 par place, cible de 10) : 38 déjà ajoutés, 3 de plus refusés");

        assertThat(cohortRows()).as("ni candidat, ni processus d'inscription, ni mail d'invitation").isEqualTo(before);
        assertThat(singleTask(as(COUNSELLOR), reference, "Task_BuildCohort")).as("la tâche reste à faire").isEqualTo(task);
    }

    @Test
    @Order(3)
    void aMeetingReceivesTwentyCompaniesAtMost() {
        Operation meeting = propose(6);
        long operationId = meeting.id();
        reachTheWorkshops(operationId);
        String employers = "/api/operations/" + meeting.reference() + "/employers";

        Http.Response tooMany = as(COUNSELLOR).post(employers, employersJson(1, 21)).expect(400);
        assertThat(tooMany.json().path("errors").findValuesAsText("message"))
                .containsExactly("20 entreprises au plus par rencontre : 0 déjà inscrites, 21 de plus refusées");
        assertThat(employerRows(operationId)).isZero();

        as(COUNSELLOR).post(employers, employersJson(1, 19)).expect(201);
        Http.Response oneTooMany = as(COUNSELLOR).post(employers, employersJson(20, 21)).expect(400);
        assertThat(oneTooMany.json().path("detail").asText()).contains("20 entreprises au plus par rencontre : 19 déjà inscrites");
        assertThat(employerRows(operationId)).isEqualTo(19);
    }

    @Test
    @Order(4)
    void aBodyAboveItsPathsLimitIsRefusedBeforeItIsRead() {
        Map<String, Integer> before = everyRow();
        String employers = "/api/operations/" + reference + "/employers";
        byte[] apiBody = ("[\"" + "x".repeat(200 * 1024) + "\"]").getBytes(StandardCharsets.UTF_8);

        assertTooLarge(send(COUNSELLOR, "POST", employers, "application/json", HttpRequest.BodyPublishers.ofByteArray(apiBody)), "128 Ko");
        assertTooLarge(send(COUNSELLOR, "POST", employers, "application/json", endless(new AtomicLong())), "128 Ko");
        assertTooLarge(send(COUNSELLOR, "POST", "/engine-rest/task/any/complete", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])), "1 Mo");

        // no credentials: AFDAS's callbacks and the survey page
        assertTooLarge(send(null, "POST", "/api/afdas/callbacks", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(new byte[20 * 1024 * 1024])), "16 Ko");
        AtomicLong sent = new AtomicLong();
        assertTooLarge(send(null, "POST", "/api/afdas/callbacks", "application/json", endless(sent)), "16 Ko");
        assertThat(sent.get()).as("octets envoyés d'un flux sans fin avant le refus").isLessThan(64L * 1024 * 1024);
        String comment = "satisfaction=VERY_SATISFIED&helped=YES&recommends=true&comment=" + "x".repeat(1024 * 1024);
        assertTooLarge(send(null, "POST", "/enquete/" + "a".repeat(43), "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString(comment)), "16 Ko");
        Http.Response unsized = send(null, "POST", "/enquete/" + "a".repeat(43), "application/x-www-form-urlencoded", endless(new AtomicLong()));
        assertThat(unsized.status()).as(unsized.body()).isEqualTo(411);
        assertThat(unsized.json().path("detail").asText()).contains("Content-Length");

        assertThat(everyRow()).as("rien n'est écrit").isEqualTo(before);
    }

    @Test
    @Order(5)
    void aBodyWithinItsLimitStillPassesWithoutADeclaredLength() {
        Http.Response chunked = send(COUNSELLOR, "POST", "/api/operations/" + reference + "/candidates", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        "{\"candidates\": []}".getBytes(StandardCharsets.UTF_8))));

        assertThat(chunked.status()).as(chunked.body()).isEqualTo(400);
        assertThat(chunked.json().path("errors").findValuesAsText("message")).containsExactly("aucun candidat à ajouter");
    }

    private static void assertTooLarge(Http.Response response, String limit) {
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        JsonNode problem = response.json();
        assertThat(problem.path("title").asText()).isEqualTo("Requête trop volumineuse");
        assertThat(problem.path("detail").asText()).isEqualTo("Le corps de la requête dépasse la limite de " + limit + " pour cette adresse");
    }

    private Operation propose(int target) {
        return scenario.propose(COUNSELLOR, Proposal.of(PARTNER, AGENCY, TODAY.plusDays(30)).venue("Galerie du temps", "ARTS_PLASTIQUES")
                .workshops(TODAY.plusDays(30), 3).employerMeeting(TODAY.plusDays(60)).groupSize(target));
    }

    /** Phases 1 and 2 in the domain: two participants enrolled, the workshops under way. */
    private void reachTheWorkshops(long operationId) {
        operations.markAgreementSigned(operationId);
        List<CandidateRequest> candidates = IntStream.rangeClosed(1, 2).mapToObj(n -> new CandidateRequest("730000%dA".formatted(n),
                "Caps", "Prénom" + n, "caps%d@example.org".formatted(n), null, TODAY.getYear() - 30, TODAY.minusMonths(14),
                false, false, false)).toList();
        List<Enrolment> added = recruitment.addCandidates(operationId, new CandidateBatch() {
            @Override
            public List<CandidateRequest> candidates() {
                return candidates;
            }

            @Override
            public String field(int index, String property) {
                return "candidates[" + index + "]." + property;
            }
        }, COUNSELLOR);
        recruitment.openRecruitment(operationId, TODAY.plusDays(2), true);
        for (Enrolment enrolment : added) {
            recruitment.invite(enrolment.getId(), COUNSELLOR);
            recruitment.decide(enrolment.getId(), CandidateDecision.ACCEPTS, true, COUNSELLOR);
            recruitment.tagPriorityPublics(enrolment.getId());
            recruitment.place(enrolment.getId(), COUNSELLOR);
        }
        recruitment.closeRecruitment(operationId);
        operations.startWorkshops(operationId);
    }

    private static String csv(int first, int last) {
        return CSV_HEADER + IntStream.rangeClosed(first, last)
                .mapToObj(n -> "72%05dA;Nom%d;Prénom;candidat%d@example.org;;1985;01/01/2024;non;non;non".formatted(n, n, n))
                .collect(Collectors.joining("\n"));
    }

    private static String candidatesJson(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(n -> """
                {"franceTravailId": "72%05dA", "lastName": "Nom%d", "firstName": "Prénom", "email": "candidat%d@example.org",
                 "birthYear": 1985, "registeredSince": "2024-01-01"}""".formatted(n, n, n))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String employersJson(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(n -> """
                {"companyName": "Entreprise %d", "sector": "Commerce", "contactName": "Contact", "contactEmail": "rh%d@entreprise.example",
                 "offers": [{"title": "Vendeur", "contractType": "CDI", "positions": 1}]}""".formatted(n, n))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** A body without declared length that never ends, counting what the client managed to send. */
    private static HttpRequest.BodyPublisher endless(AtomicLong sent) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            @Override
            public int read() {
                sent.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) 'x');
                sent.addAndGet(length);
                return length;
            }
        });
    }

    private Http.Response send(String user, String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).method(method, body)
                .header("Content-Type", contentType).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> cohortRows() {
        return Map.of("enrolment", count("select count(*) from enrolment"), "participant", count("select count(*) from participant"),
                "aae-enrolment", count("select count(*) from act_hi_procinst where proc_def_key_ = 'aae-enrolment'"),
                "notification", count("select count(*) from notification"));
    }

    private Map<String, Integer> everyRow() {
        Map<String, Integer> rows = new TreeMap<>(cohortRows());
        for (String table : List.of("employer", "job_offer", "survey_response", "payment_event")) {
            rows.put(table, count("select count(*) from " + table));
        }
        return rows;
    }

    private int employerRows(long operationId) {
        return jdbc.queryForObject("select count(*) from employer where operation_id = ?", Integer.class, operationId);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
