package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Values no person types, sent at every entry (JSON bodies of {@code /api}, query parameters, the CSV import, a form
 * completed through {@code /engine-rest}): absurd dates (year 9999, +1000000), NUL and other control characters, enums
 * by position or in lower case. Each is refused with 400 naming the field, and nothing is written; on PostgreSQL, where
 * a NUL byte or the year 1000000 reach the database otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictInputIT extends ServiceIT {

    private static final String AGENCY = "strict-lens";
    private static final String PARTNER = "strict-louvre-lens";
    private static final String MANAGER = "strict-manager";
    /** National steering reads the outbox. */
    private static final String NATIONAL = "strict-national";
    private static final String COUNSELLOR = "strict-conseiller";
    private static final String MEDIATOR = "strict-mediateur";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    /** JSON escapes of what no person types in a name: NUL, SOH, ESC, the line separator, a right-to-left override. */
    private static final List<String> CONTROLS = List.of("\\u0000", "\\u0001", "\\u001b[31m", "\\u2028", "\\u202e");
    /** What a refused request could have written: our tables, and the variables of this operation's processes. */
    private static final Map<String, String> COUNTS = Map.of(
            "agences", "select count(*) from agency",
            "structures", "select count(*) from cultural_partner",
            "opérations", "select count(*) from operation",
            "ateliers", "select count(*) from planned_workshop",
            "participants", "select count(*) from participant",
            "inscriptions", "select count(*) from enrolment e join operation o on o.id = e.operation_id where o.reference = ?",
            "variables", "select count(*) from act_ru_variable v join act_ru_execution x on x.id_ = v.execution_id_ "
                    + "where x.business_key_ = ? or x.proc_inst_id_ in (select proc_inst_id_ from act_ru_execution where business_key_ = ?)",
            "historique des variables", "select count(*) from act_hi_varinst v join act_hi_procinst p on p.proc_inst_id_ = v.proc_inst_id_ "
                    + "where p.business_key_ = ? or p.root_proc_inst_id_ in (select proc_inst_id_ from act_hi_procinst where business_key_ = ?)");

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    private String reference;

    @BeforeAll
    void operationWhoseCohortIsBeingBuilt() {
        reference = scenario(MANAGER).agency(Agency.of(AGENCY, "Lens"))
                .partner(Partner.of(PARTNER, "Louvre-Lens", "77123456000015").contact("Médiation", "mediation@louvre-lens.example"))
                .counsellor(COUNSELLOR, AGENCY).mediator(MEDIATOR, PARTNER).user(NATIONAL, "pilotage-national")
                .propose(COUNSELLOR, Proposal.of(PARTNER, AGENCY, TODAY.plusDays(30)).venue("Galerie du temps", "ARTS_PLASTIQUES")
                        .workshops(TODAY.plusDays(30), 1))
                .reference();
        signConvention(reference, as(COUNSELLOR), as(MEDIATOR), as(MANAGER));
    }

    @Test
    void theProposalRefusesAbsurdDatesControlCharactersAndEnumsByPosition() {
        Map<String, Long> written = counts();
        String workshop = "\"" + TODAY.plusDays(30) + "\"";
        String meeting = "\"" + TODAY.plusDays(60) + "\"";

        refused(as(COUNSELLOR).post("/api/operations", proposal("Galerie", "\"ARTS_PLASTIQUES\"", workshop, "\"9999-01-01\"")),
                "employerMeetingDate", "date invraisemblable");
        refused(as(COUNSELLOR).post("/api/operations", proposal("Galerie", "\"ARTS_PLASTIQUES\"", "\"+1000000-01-01\"", meeting)),
                "workshopDates[0]", "date invraisemblable");
        refused(as(COUNSELLOR).post("/api/operations", proposal("Galerie", "\"ARTS_PLASTIQUES\"",
                "\"" + TODAY.plusYears(3) + "\"", "\"" + TODAY.plusYears(3).plusDays(30) + "\"")), "workshopDates[0]", "plus de 2 ans");
        for (String control : CONTROLS) {
            refused(as(COUNSELLOR).post("/api/operations", proposal("Galerie" + control, "\"ARTS_PLASTIQUES\"", workshop, meeting)),
                    "venue", "caractère interdit");
        }
        refused(as(COUNSELLOR).post("/api/operations", proposal("Galerie\\ndu temps", "\"ARTS_PLASTIQUES\"", workshop, meeting)),
                "venue", "retour à la ligne");
        for (String discipline : List.of("0", "\"0\"", "\"arts_plastiques\"", "\"PEINTURE\"")) {
            refused(as(COUNSELLOR).post("/api/operations", proposal("Galerie", discipline, workshop, meeting)),
                    "discipline", "valeurs possibles : ARTS_PLASTIQUES");
        }

        assertThat(counts()).as("rien d'écrit").isEqualTo(written);
    }

    @Test
    void agenciesAndPartnersTakeRegionsAndTypesByNameOnly() {
        Map<String, Long> written = counts();

        refused(as(MANAGER).post("/api/agencies", agency("strict-lievin", "France Travail Liévin", "3")), "region", "valeurs possibles : ARA, BFC");
        refused(as(MANAGER).post("/api/agencies", agency("strict-lievin", "France Travail Liévin", "\"hdf\"")), "region", "valeurs possibles");
        refused(as(MANAGER).post("/api/agencies", agency("strict-lievin", "France Travail\\u0000 Liévin", "\"HDF\"")), "name", "U+0000");
        refused(as(MANAGER).post("/api/partners", partner("strict-autre", "Louvre\\u001b-Lens", "\"MUSEE\"", "\"HDF\"")), "name", "U+001B");
        refused(as(MANAGER).post("/api/partners", partner("strict-autre", "Louvre-Lens 2", "\"musee\"", "\"HDF\"")), "type", "valeurs possibles");
        refused(as(MANAGER).post("/api/partners", partner("strict-autre", "Louvre-Lens 2", "\"MUSEE\"", "0")), "region", "valeurs possibles");

        assertThat(counts()).as("rien d'écrit").isEqualTo(written);
    }

    @Test
    void candidatesInJsonAndCsvAreRefusedByEntryAndLine() {
        Map<String, Long> written = counts();
        String candidates = "/api/operations/" + reference + "/candidates";

        refused(as(COUNSELLOR).post(candidates, candidates(candidate("Lef\\u0000èvre", "2019-03-01"))), "candidates[0].lastName", "U+0000");
        refused(as(COUNSELLOR).post(candidates, candidates(candidate("Lefèvre", "9999-01-01"))),
                "candidates[0].registeredSince", "date invraisemblable");
        refused(as(COUNSELLOR).post(candidates, candidates(candidate("Lefèvre", "+1000000-01-01"))),
                "candidates[0].registeredSince", "date invraisemblable");
        String header = "identifiant_france_travail;nom;prenom;email;telephone;annee_naissance;date_inscription;rsa;qpv;rqth\n";
        refused(postCsv(candidates, header + "7300001A;Lef\u0000èvre;Camille;c@example.org;;1985;01/03/2019;non;non;non\n"),
                "ligne 2", "colonne nom : caractère interdit U+0000");
        refused(postCsv(candidates, header + "7300001A;Lefèvre;Camille;c@example.org;;1985;01/03/9999;non;non;non\n"),
                "ligne 2", "colonne date_inscription : date invraisemblable");

        assertThat(counts()).as("aucun candidat écrit").isEqualTo(written);
    }

    @Test
    void reasonsMayBreakLinesButHoldNoOtherControlCharacter() {
        Map<String, Long> written = counts();

        refused(as(MANAGER).post("/api/operations/" + reference + "/cancellation", "{\"reason\": \"Fermé\\u0000\"}"),
                "reason", "U+0000");
        refused(as(COUNSELLOR).post("/api/operations/" + reference + "/enrolments/1/withdrawal",
                "{\"withdrawalReason\": \"Déménagement\\n\\u0007\"}"), "withdrawalReason", "U+0007");

        assertThat(counts()).as("rien d'écrit").isEqualTo(written);
        assertThat(as(MANAGER).get("/api/operations/" + reference).expect(200).json().path("status").asText())
                .as("l'opération n'est pas annulée").isEqualTo("COHORT_BUILDING");
    }

    @Test
    void queryParametersTakeEnumsByNameOnly() {
        refused(as(NATIONAL).get("/api/notifications?status=failed"), "status", "valeurs possibles : ");
        refused(as(NATIONAL).get("/api/notifications?status=0"), "status", "valeurs possibles : ");
        refused(as(NATIONAL).get("/api/notifications?status=FAILED%00"), "status", "U+0000");
    }

    @Test
    void aFormCompletedThroughTheEngineRestApiIsRefusedByField() {
        Map<String, Long> written = counts();
        String task = singleTask(as(COUNSELLOR), reference, "Task_BuildCohort");
        String complete = "/engine-rest/task/" + task + "/complete";
        String goodCandidate = candidate("Lefèvre", "2019-03-01").replace("\"", "\\\"");
        String nulCandidate = candidate("Lef\\\\u0000èvre", "2019-03-01").replace("\"", "\\\"");

        Http.Response farDate = as(COUNSELLOR).post(complete, """
                {"variables": {"infoMeetingDate": {"value": "9999-01-01"}, "candidates": {"type": "Json", "value": "[%s]"}}}"""
                .formatted(goodCandidate));
        formRefused(farDate, "infoMeetingDate", "date invraisemblable");
        Http.Response nul = as(COUNSELLOR).post(complete, """
                {"variables": {"infoMeetingDate": {"value": "%s"}, "candidates": {"type": "Json", "value": "[%s]"}}}"""
                .formatted(TODAY.plusDays(5), nulCandidate));
        formRefused(nul, "candidates[0].lastName", "U+0000");

        assertThat(counts()).as("ni candidat ni variable écrits").isEqualTo(written);
        assertThat(singleTask(as(COUNSELLOR), reference, "Task_BuildCohort")).as("la tâche reste à faire").isEqualTo(task);
    }

    /** The refusal names the field with the reason; a problem detail in French, never a conflict nor a server error. */
    private static void refused(Http.Response response, String field, String reason) {
        response.expect(400);
        JsonNode problem = response.json();
        assertThat(problem.path("title").asText()).isEqualTo("Requête invalide");
        assertThat(StreamSupport.stream(problem.path("errors").spliterator(), false)
                .filter(error -> error.path("field").asText().equals(field)).map(error -> error.path("message").asText()))
                .as("refus de %s : %s", field, problem).anySatisfy(message -> assertThat(message).contains(reason));
    }

    /** A form's refusal through the engine REST API: 400, naming the field and the reason. */
    private static void formRefused(Http.Response response, String field, String reason) {
        response.expect(400);
        assertThat(response.body()).contains(field).contains(reason);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        COUNTS.forEach((what, sql) -> counts.put(what, jdbc.queryForObject(sql, Long.class,
                Collections.nCopies((int) sql.chars().filter(c -> c == '?').count(), reference).toArray())));
        return counts;
    }

    private static String agency(String code, String name, String region) {
        return """
                {"code": "%s", "name": "%s", "region": %s}""".formatted(code, name, region);
    }

    private static String partner(String slug, String name, String type, String region) {
        return """
                {"slug": "%s", "name": "%s", "siret": "77123456000015", "type": %s, "region": %s, "city": "Lens",
                 "contactName": "Médiation", "contactEmail": "mediation@louvre-lens.example", "contactPhone": "03 21 18 62 62"}
                """.formatted(slug, name, type, region);
    }

    private static String proposal(String venue, String discipline, String workshop, String meeting) {
        return """
                {"partnerSlug": "%s", "agencyCode": "%s", "venue": "%s", "discipline": %s,
                 "workshopDates": [%s], "employerMeetingDate": %s, "targetGroupSize": 10, "nonWorkingDaysConfirmed": true}
                """.formatted(PARTNER, AGENCY, venue, discipline, workshop, meeting);
    }

    private static String candidate(String lastName, String registeredSince) {
        return """
                {"franceTravailId": "7300001A", "lastName": "%s", "firstName": "Camille", "email": "c@example.org", \
                "birthYear": 1985, "registeredSince": "%s"}""".formatted(lastName, registeredSince);
    }

    private static String candidates(String... candidates) {
        return "{\"candidates\": [" + String.join(", ", candidates) + "]}";
    }

    private Http.Response postCsv(String path, String csv) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((COUNSELLOR + ":" + COUNSELLOR)
                        .getBytes(StandardCharsets.UTF_8))).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
