package fr.francetravail.aae.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.notification.Outbox;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Adding candidates to an operation whose cohort is being built, through {@code /api} as counsellors do it: a CSV file
 * ({@code csv/*.csv}) or a JSON list, all or nothing, every fault named with its line or entry; who may add and see the
 * candidates; no more additions once recruitment is open. The steps build on one another and run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CandidateImportIT extends ServiceIT {

    private static final String AGENCY = "import-arras";
    private static final String OTHER_AGENCY = "import-bethune";
    private static final String PARTNER = "import-musee-arras";
    private static final String MANAGER = "imp-manager";
    private static final String COUNSELLOR = "imp-conseiller";
    private static final String OTHER_COUNSELLOR = "imp-conseiller-bethune";
    /** A counsellor of the other agency who is also in the partner's group: sees the operation, is no staff of it. */
    private static final String OTHER_COUNSELLOR_IN_PARTNER = "imp-conseiller-bethune-musee";
    private static final String MEDIATOR = "imp-mediateur";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static final List<String> GOOD_IDS = List.of("7000001A", "7000002A", "7000003A", "7000004A");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private String reference;

    @BeforeAll
    void operationWhoseCohortIsBeingBuilt() {
        reference = scenario(MANAGER).agency(Agency.of(AGENCY, "Arras").mailbox("arras@francetravail.example"))
                .agency(Agency.of(OTHER_AGENCY, "Béthune"))
                .partner(Partner.of(PARTNER, "Musée des Beaux-Arts d'Arras", "62041000000017").in("HDF", "Arras"))
                .counsellor(COUNSELLOR, AGENCY).counsellor(OTHER_COUNSELLOR, OTHER_AGENCY)
                .counsellor(OTHER_COUNSELLOR_IN_PARTNER, OTHER_AGENCY, "partenaire-" + PARTNER).mediator(MEDIATOR, PARTNER)
                .propose(COUNSELLOR, Proposal.of(PARTNER, AGENCY, TODAY.plusDays(30)).venue("Salle des Mays", "ARTS_PLASTIQUES"))
                .reference();
        signConvention(reference, as(COUNSELLOR), as(MEDIATOR), as(MANAGER));

        assertThat(operationStatus()).as("convention signée : le groupe se constitue").isEqualTo("COHORT_BUILDING");
        assertThat(singleTask(as(COUNSELLOR), "Task_BuildCohort")).isNotBlank();
        assertThat(cohortIds()).as("aucun candidat au départ").isEmpty();
    }

    @Test
    @Order(1)
    void aGoodFileAddsEveryCandidate() {
        JsonNode added = postCsv(COUNSELLOR, csv("good.csv")).expect(201).json();

        assertThat(added).as("candidats créés : %s", added).hasSize(4);
        assertThat(added.findValuesAsText("franceTravailId")).containsExactlyElementsOf(GOOD_IDS);
        assertThat(added.findValuesAsText("status")).containsOnly("CANDIDATE");

        JsonNode cohort = cohort(COUNSELLOR);
        assertThat(cohort.findValuesAsText("franceTravailId")).as("le groupe, dans l'ordre du fichier").containsExactlyElementsOf(GOOD_IDS);
        assertThat(cohort.findValuesAsText("lastName")).containsExactly("Lefèvre", "N'Diaye; épouse Garnier", "Moreau", "Fontaine");
        assertThat(cohort.findValuesAsText("firstName")).containsExactly("Camille", "Aïssata", "Théo", "Julien");
        assertThat(cohort.get(0).path("email").asText()).isEqualTo("camille.lefevre@example.org");
        assertThat(cohort.get(0).path("phone").asText()).isEqualTo("06 12 34 56 78");
        assertThat(cohort.get(0).path("birthYear").asInt()).isEqualTo(1985);
        assertThat(cohort.get(1).has("phone")).as("téléphone vide dans le fichier").isFalse();
        for (JsonNode candidate : cohort) {
            assertThat(candidate.path("status").asText()).isEqualTo("CANDIDATE");
            assertThat(candidate.path("priorityPublics").isArray() && candidate.path("priorityPublics").isEmpty())
                    .as("publics prioritaires pas encore identifiés pour %s : %s", candidate.path("franceTravailId"), candidate)
                    .isTrue();
            assertThat(candidate.path("events").findValuesAsText("type")).as("historique de %s", candidate.path("franceTravailId"))
                    .containsExactly("ADDED");
            assertThat(candidate.path("events").findValuesAsText("actor")).containsExactly(COUNSELLOR);
            assertThat(candidate.path("events").get(0).path("occurredAt").asText()).isNotBlank();
        }
    }

    @Test
    @Order(2)
    void aBadFileIsRefusedLineByLineAndAddsNobody() {
        JsonNode problem = postCsv(COUNSELLOR, csv("bad.csv")).expect(400).json();

        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(fields(problem)).as("une erreur par défaut, avec sa ligne : %s", problem).containsExactly(
                "ligne 2", "ligne 3", "ligne 4", "ligne 4", "ligne 5", "ligne 6", "ligne 7");
        assertThat(messages(problem)).satisfiesExactly(
                m -> assertThat(m).contains("date_inscription").contains("31/02/2024"),
                m -> assertThat(m).contains("annee_naissance").contains("quatre-vingt-dix"),
                m -> assertThat(m).contains("date_inscription").contains("2023-13-01"),
                m -> assertThat(m).contains("colonne rsa").contains("peut-être"),
                m -> assertThat(m).isEqualTo("la ligne compte 9 champs au lieu de 10"),
                m -> assertThat(m).isEqualTo("identifiant 7100001A déjà présent ligne 2"),
                m -> assertThat(m).contains("guillemet ouvrant jamais fermé"));
        assertThat(cohortIds()).as("le groupe est inchangé").containsExactlyElementsOf(GOOD_IDS);
    }

    @Test
    @Order(3)
    void aMixedFileIsRefusedWholeNamingOnlyItsBadLines() {
        JsonNode problem = postCsv(COUNSELLOR, csv("mixed.csv")).expect(400).json();

        assertThat(fields(problem)).as("seules les lignes fautives : %s", problem).containsExactly("ligne 3", "ligne 6");
        assertThat(messages(problem).get(0)).contains("date invalide « 31/02/2024 »");
        assertThat(messages(problem).get(1)).contains("9 champs au lieu de 10");
        assertThat(cohortIds()).as("rien des lignes 2, 5 et 7 : tout ou rien").containsExactlyElementsOf(GOOD_IDS);
    }

    @Test
    @Order(4)
    void theSameFileTwiceIsRefusedForEveryLine() {
        JsonNode problem = postCsv(COUNSELLOR, csv("good.csv")).expect(400).json();

        assertThat(fields(problem)).as("chaque ligne déjà importée : %s", problem).containsExactly(
                "ligne 2 (colonne identifiant_france_travail)", "ligne 3 (colonne identifiant_france_travail)",
                "ligne 4 (colonne identifiant_france_travail)", "ligne 5 (colonne identifiant_france_travail)");
        assertThat(messages(problem)).containsExactlyElementsOf(GOOD_IDS.stream()
                .map(id -> "le demandeur d'emploi " + id + " est déjà candidat à cette opération").toList());
        assertThat(cohortIds()).as("personne en double").containsExactlyElementsOf(GOOD_IDS);
    }

    @Test
    @Order(5)
    void aFileNotInUtf8IsRefused() {
        String text = """
                identifiant_france_travail;nom;prenom;email;telephone;annee_naissance;date_inscription;rsa;qpv;rqth
                7000111A;Caron;Paul;paul.caron@example.org;;1980;01/02/2023;non;non;non
                7000112A;Dupré;Léa;lea.dupre@example.org;;1990;01/02/2023;non;non;non
                """;
        JsonNode problem = postCsv(COUNSELLOR, text.getBytes(StandardCharsets.ISO_8859_1)).expect(400).json();

        assertThat(fields(problem)).as("problème : %s", problem).containsExactly("fichier");
        assertThat(messages(problem).get(0)).contains("n'est pas encodé en UTF-8").contains("ligne 3").contains("CSV UTF-8");
        assertThat(cohortIds()).as("pas même la ligne 2, lisible").containsExactlyElementsOf(GOOD_IDS);
    }

    @Test
    @Order(6)
    void aJsonListIsAddedAllOrNothing() {
        int tenYearsOld = TODAY.getYear() - 10;
        JsonNode problem = as(COUNSELLOR).post(candidatesPath(), "{\"candidates\": ["
                + candidate("7000101A", "Roux", "Inès", "ines.roux@example.org", 1987) + ", "
                + candidate("7000102A", "Faure", "Louis", "louis.faure.example.org", 1975) + ", "
                + candidate("7000103A", "Blanchard", "Zoé", "zoe.blanchard@example.org", tenYearsOld) + "]}").expect(400).json();

        assertThat(fields(problem)).as("problème : %s", problem).containsExactly("candidates[1].email", "candidates[2].birthYear");
        assertThat(messages(problem).get(0)).isEqualTo("adresse e-mail invalide");
        assertThat(messages(problem).get(1)).contains("âge invraisemblable").contains("10 ans");
        assertThat(cohortIds()).as("le candidat valide n'est pas ajouté seul").containsExactlyElementsOf(GOOD_IDS);

        JsonNode added = as(COUNSELLOR).post(candidatesPath(),
                "{\"candidates\": [" + candidate("7000101A", "Roux", "Inès", "ines.roux@example.org", 1987) + "]}").expect(201).json();

        assertThat(added.findValuesAsText("franceTravailId")).containsExactly("7000101A");
        assertThat(added.get(0).path("status").asText()).isEqualTo("CANDIDATE");
        assertThat(added.get(0).path("firstName").asText()).isEqualTo("Inès");
        assertThat(cohortIds()).containsExactly("7000001A", "7000002A", "7000003A", "7000004A", "7000101A");
    }

    @Test
    @Order(7)
    void onlyTheAgencysCounsellorsAddAndSeeCandidates() {
        String newcomer = "{\"candidates\": [" + candidate("7000104A", "Lemaire", "Hugo", "hugo.lemaire@example.org", 1992) + "]}";

        Http.Response byMediator = as(MEDIATOR).post(candidatesPath(), newcomer);
        byMediator.expect(403);
        assertThat(byMediator.json().path("detail").asText()).contains("ne permet pas");
        postCsv(MEDIATOR, csv("good.csv")).expect(403);

        Http.Response byOtherAgency = as(OTHER_COUNSELLOR).post(candidatesPath(), newcomer);
        byOtherAgency.expect(404);
        assertThat(byOtherAgency.json().path("detail").asText())
                .as("l'opération d'une autre agence n'existe pas pour ce conseiller").isEqualTo("Opération inconnue : " + reference);
        as(OTHER_COUNSELLOR).get("/api/operations/" + reference + "/cohort").expect(404);

        as(OTHER_COUNSELLOR_IN_PARTNER).post(candidatesPath(), newcomer).expect(403);
        as(OTHER_COUNSELLOR_IN_PARTNER).get("/api/operations/" + reference + "/cohort").expect(403);

        assertThat(as(null).post(candidatesPath(), newcomer).expect(401).json().path("status").asInt()).isEqualTo(401);
        postCsv(null, csv("good.csv")).expect(401);
        as(null).get("/api/operations/" + reference + "/cohort").expect(401);

        Http.Response mediatorReads = as(MEDIATOR).get("/api/operations/" + reference + "/cohort");
        mediatorReads.expect(403);
        assertThat(mediatorReads.body()).as("aucune donnée personnelle pour le partenaire").doesNotContain("7000001A", "Lefèvre");
        as(MEDIATOR).get("/api/operations/" + reference).expect(200);
        assertThat(cohort(MANAGER).findValuesAsText("franceTravailId")).as("les managers voient le groupe").hasSize(5);

        assertThat(cohortIds()).as("aucun refus n'a rien ajouté").doesNotContain("7000104A").hasSize(5);
    }

    @Test
    @Order(8)
    void noMoreCandidatesOnceRecruitmentIsOpen() throws Exception {
        Http counsellor = as(COUNSELLOR);
        String complete = "/engine-rest/task/" + singleTask(counsellor, "Task_BuildCohort") + "/complete";
        LocalDate sunday = TODAY.with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        Http.Response onSunday = counsellor.post(complete, "{\"variables\": {\"infoMeetingDate\": {\"value\": \"" + sunday + "\"}}}");
        onSunday.expect(400);
        assertThat(onSunday.json().path("errors").findValuesAsText("field")).containsExactly("infoMeetingDate");
        assertThat(onSunday.json().path("message").asText()).contains("Date de la réunion d'information")
                .contains(sunday.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))).contains("confirmez la date hors jours ouvrés");
        assertThat(operationStatus()).as("rien n'est envoyé").isEqualTo("COHORT_BUILDING");

        LocalDate infoMeeting = TODAY.plusDays(5);
        counsellor.post(complete,
                "{\"variables\": {\"infoMeetingDate\": {\"value\": \"" + infoMeeting + "\"}, \"nonWorkingDaysConfirmed\": {\"value\": true}}}")
                .expect(204);
        assertThat(operationStatus()).isEqualTo("RECRUITING");

        Http.Response json = counsellor.post(candidatesPath(),
                "{\"candidates\": [" + candidate("7000105A", "Perrin", "Anna", "anna.perrin@example.org", 1983) + "]}");
        json.expect(409);
        assertThat(json.json().path("detail").asText()).contains("constitution du groupe").contains("RECRUITING");
        postCsv(COUNSELLOR, csv("mixed.csv")).expect(409);
        assertThat(cohortIds()).as("le groupe reste celui de la constitution")
                .containsExactly("7000001A", "7000002A", "7000003A", "7000004A", "7000101A");

        deliverTheInvitations();
    }

    /**
     * Opening recruitment invites every candidate (asynchronously). Once they all are (the test runs those steps), the outbox is dispatched to an SMTP
     * server of the test's own, so that these invitations do not stay pending in the database the other integration
     * tests share (a test that counts failed or sent mails would find them). The server runs only for this step.
     */
    private void deliverTheInvitations() throws MessagingException, IOException {
        runDueJobs();
        assertThat(cohort(COUNSELLOR).findValuesAsText("status")).as("chaque candidat est invité").hasSize(5).containsOnly("INVITED");

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            assertThat(Outbox.deliverDue(context)).as("messages envoyés").isGreaterThanOrEqualTo(5);
            List<String> invited = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getSubject().startsWith("Invitation à la réunion d'information")
                        && String.valueOf(message.getContent()).contains("Opération " + reference)) {
                    invited.add(message.getAllRecipients()[0].toString());
                }
            }
            assertThat(invited).as("les invitations reçues par le serveur SMTP").containsExactlyInAnyOrder(
                    "camille.lefevre@example.org", "aissata.ndiaye@example.org", "theo.moreau@example.org",
                    "julien.fontaine@example.org", "ines.roux@example.org");
        } finally {
            smtp.stop();
        }
    }

    private String candidatesPath() {
        return "/api/operations/" + reference + "/candidates";
    }

    private JsonNode cohort(String user) {
        return as(user).get("/api/operations/" + reference + "/cohort").expect(200).json();
    }

    private List<String> cohortIds() {
        return cohort(COUNSELLOR).findValuesAsText("franceTravailId");
    }

    private String operationStatus() {
        return as(COUNSELLOR).get("/api/operations/" + reference).expect(200).json().path("status").asText();
    }

    private String singleTask(Http user, String taskKey) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + reference).expect(200).json();
        assertThat(tasks).as("tâches visibles : %s", tasks).hasSize(1);
        assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo(taskKey);
        return tasks.get(0).path("id").asText();
    }

    /** The CSV upload as a spreadsheet user's client sends it: the file's bytes as {@code text/csv}. */
    private Http.Response postCsv(String user, byte[] file) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + candidatesPath()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .header("Content-Type", "text/csv").header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] csv(String name) {
        try (InputStream file = CandidateImportIT.class.getResourceAsStream("/csv/" + name)) {
            assertThat(file).as("fichier de test csv/%s", name).isNotNull();
            return file.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String candidate(String id, String lastName, String firstName, String email, int birthYear) {
        return """
                {"franceTravailId": "%s", "lastName": "%s", "firstName": "%s", "email": "%s", "phone": "06 00 00 00 00",
                 "birthYear": %d, "registeredSince": "2023-05-10", "rsaBeneficiary": false, "qpvResident": true,
                 "recognisedDisability": false}""".formatted(id, lastName, firstName, email, birthYear);
    }

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }

    private static List<String> messages(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false).map(e -> e.path("message").asText()).toList();
    }
}
