package fr.francetravail.aae.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Proposal of an operation and negotiation of its convention, through {@code /api} and {@code /engine-rest} only, as
 * counsellors, partners and managers would do it from their applications.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipLifecycleIT extends ServiceIT {

    private static final String COUNSELLOR = "it-conseiller";
    private static final String MANAGER = "it-manager";
    private static final String MEDIATOR = "it-mediateur-louvre";
    private static final String OTHER_MEDIATOR = "it-mediateur-pba";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Four weekly workshops from 30 days on, the employer meeting at 60 days, ten places. */
    private static final Proposal PROPOSAL = Proposal.of("it-louvre-lens", "it-lens", TODAY.plusDays(30));

    @BeforeAll
    void referenceData() {
        scenario(MANAGER).agency(Agency.of("it-lens", "Lens").mailbox("lens@francetravail.example"))
                .partner(Partner.of("it-louvre-lens", "Louvre-Lens", "62000000000005"))
                .partner(Partner.of("it-pba-lille", "Palais des Beaux-Arts de Lille", "59000000000000"))
                .counsellor(COUNSELLOR, "it-lens").mediator(MEDIATOR, "it-louvre-lens").mediator(OTHER_MEDIATOR, "it-pba-lille");
    }

    @Test
    void everyApiAnswers401WithoutValidCredentials() {
        for (String path : List.of("/api/operations", "/api/partners", "/api/agencies", "/engine-rest/task", "/engine-rest/process-instance")) {
            Http.Response response = as(null).get(path).expect(401);
            if (path.startsWith("/api")) {
                assertThat(response.json().path("title").asText()).isEqualTo("Authentification requise");
            }
        }
        as("personne").get("/api/operations").expect(401);
    }

    @Test
    void conventionNegotiatedWithThePartnerThenSignedByAManager() {
        Http counsellor = as(COUNSELLOR);
        Http mediator = as(MEDIATOR);
        Http otherMediator = as(OTHER_MEDIATOR);
        Http manager = as(MANAGER);

        JsonNode operation = counsellor.post("/api/operations", PROPOSAL.json()).expect(201).json();
        String reference = operation.path("reference").asText();
        Http.Response hijack = counsellor.post("/engine-rest/process-definition/key/aae-operation/start",
                "{\"businessKey\": \"" + reference + "\", \"variables\": {\"operationId\": {\"value\": "
                        + operation.path("id").asLong() + ", \"type\": \"Long\"}, \"partnerSlug\": {\"value\": \"it-pba-lille\"}}}");
        assertThat(hijack.status()).isGreaterThanOrEqualTo(400);
        assertThat(hijack.body()).contains("a déjà son processus");
        assertThat(reference).matches("AAE-" + TODAY.getYear() + "-HDF-\\d{4}");
        assertThat(operation.path("status").asText()).isEqualTo("PARTNERSHIP");
        assertThat(operation.path("proposedBy").asText()).isEqualTo(COUNSELLOR);

        String draft = onlyTask(counsellor, reference, "Task_DraftConvention");
        assertThat(counsellor.get("/engine-rest/task/" + draft + "/form-variables").expect(200).json()
                .path("lumpSum").path("value").asInt()).isEqualTo(2700);
        counsellor.post("/engine-rest/task/" + draft + "/claim", "{\"userId\": \"" + COUNSELLOR + "\"}").expect(204);
        for (String tampering : List.of("\"lumpSum\": {\"value\": 9999}", "\"partnerSlug\": {\"value\": \"it-pba-lille\"}")) {
            Http.Response refusedTampering = counsellor.post("/engine-rest/task/" + draft + "/complete", "{\"variables\": {"
                    + "\"conventionObjectives\": {\"value\": \"Remobiliser par la danse contemporaine.\"}, "
                    + "\"conventionWorkshopPlan\": {\"value\": \"Quatre ateliers de trois heures.\"}, " + tampering + "}}");
            assertThat(refusedTampering.status()).isGreaterThanOrEqualTo(400);
            assertThat(refusedTampering.body()).contains("ne peuvent pas être modifiées");
        }
        completeDraft(counsellor, draft);

        String review = onlyTask(mediator, reference, "Task_ReviewConvention");
        JsonNode columns = mediator.get("/engine-rest/task/" + review + "/localVariables").expect(200).json();
        assertThat(columns.path("operationReference").path("value").asText()).isEqualTo(reference);
        assertThat(columns.path("partnerName").path("value").asText()).isEqualTo("Louvre-Lens");
        assertThat(columns.path("venue").path("value").asText()).isEqualTo("Galerie du temps");
        assertThat(tasksOf(otherMediator, reference)).isEmpty();
        otherMediator.post("/engine-rest/task/" + review + "/complete", answer("ACCEPTED", null)).expect(403);
        otherMediator.get("/api/operations/" + reference).expect(404);
        assertThat(otherMediator.get("/api/operations").expect(200).json().findValuesAsText("reference")).doesNotContain(reference);

        mediator.send("PUT", "/engine-rest/task/" + review + "/variables/partnershipOutcome", "{\"value\": \"SIGNED\"}").expect(403);
        Http.Response forcedOutcome = mediator.post("/engine-rest/task/" + review + "/complete", "{\"variables\": {"
                + "\"partnerDecision\": {\"value\": \"DECLINED\"}, \"partnerComment\": {\"value\": \"Non\"}, \"partnershipOutcome\": {\"value\": \"SIGNED\"}}}");
        assertThat(forcedOutcome.body()).contains("ne peuvent pas être modifiées : partnershipOutcome");

        Http.Response refused = mediator.post("/engine-rest/task/" + review + "/complete", answer("CHANGES_REQUESTED", null));
        assertThat(refused.status()).isGreaterThanOrEqualTo(400);
        assertThat(refused.body()).contains("partnerComment").contains("obligatoire");
        mediator.post("/engine-rest/task/" + review + "/complete",
                answer("CHANGES_REQUESTED", "Le musée est fermé le mardi : merci de décaler les ateliers.")).expect(204);

        completeDraft(counsellor, onlyTask(counsellor, reference, "Task_DraftConvention"));
        mediator.post("/engine-rest/task/" + onlyTask(mediator, reference, "Task_ReviewConvention") + "/complete",
                answer("ACCEPTED", null)).expect(204);

        String signature = onlyTask(manager, reference, "Task_SignConvention");
        assertThat(tasksOf(counsellor, reference)).isEmpty();
        counsellor.post("/engine-rest/task/" + signature + "/complete", "{\"variables\": {\"signatureConfirmed\": {\"value\": true}}}").expect(403);
        manager.post("/engine-rest/task/" + signature + "/complete", "{\"variables\": {\"signatureConfirmed\": {\"value\": true}}}").expect(204);

        assertThat(counsellor.get("/api/operations/" + reference).expect(200).json().path("status").asText()).isEqualTo("COHORT_BUILDING");
        JsonNode convention = mediator.get("/api/operations/" + reference + "/convention").expect(200).json();
        assertThat(convention.path("status").asText()).isEqualTo("SIGNED");
        assertThat(convention.path("lumpSum").asInt()).isEqualTo(2700);
        assertThat(convention.path("signedBy").asText()).isEqualTo(MANAGER);
        assertThat(convention.path("events").findValuesAsText("type"))
                .containsExactly("DRAFTED", "CHANGES_REQUESTED", "DRAFTED", "ACCEPTED", "SIGNED");
        assertThat(convention.path("events").findValuesAsText("actor"))
                .containsExactly(COUNSELLOR, MEDIATOR, COUNSELLOR, MEDIATOR, MANAGER);
        assertThat(convention.path("events").get(1).path("comment").asText()).contains("fermé le mardi");
        assertThat(convention.path("events").get(3).has("comment")).as("l'acceptation ne reprend pas l'ancien commentaire").isFalse();

        assertThat(onlyTask(counsellor, reference, "Task_BuildCohort")).as("la constitution du groupe s'ouvre").isNotBlank();
    }

    @Test
    void badProposalsAreRefusedWithTheFieldAndChangeNothing() {
        Http counsellor = as(COUNSELLOR);
        int operationsBefore = as(MANAGER).get("/api/operations").expect(200).json().size();
        int instancesBefore = as(MANAGER).get("/engine-rest/process-instance/count").expect(200).json().path("count").asInt();

        assertRefused(counsellor.post("/api/operations", Proposal.of("inconnu", "it-lens", TODAY.plusDays(30)).json()), "partnerSlug");
        assertRefused(counsellor.post("/api/operations", Proposal.of("it-louvre-lens", "inconnue", TODAY.plusDays(30)).json()), "agencyCode");
        assertRefused(counsellor.post("/api/operations", PROPOSAL.workshops(TODAY.minusDays(3), 4).json()), "workshopDates[0]");
        assertRefused(counsellor.post("/api/operations", PROPOSAL.employerMeeting(TODAY.plusDays(20)).json()), "employerMeetingDate");
        assertRefused(counsellor.post("/api/operations", PROPOSAL.groupSize(5).json()), "targetGroupSize");
        assertRefused(counsellor.post("/api/operations", PROPOSAL.groupSize(16).json()), "targetGroupSize");
        assertRefused(counsellor.post("/api/operations", PROPOSAL.venue("Galerie du temps", "JONGLAGE").json()), "discipline");
        assertRefused(counsellor.post("/api/operations", "{\"partnerSlug\": \"it-louvre-lens\", \"workshopDates\": [\"31/12/2030\"]}"),
                "workshopDates[0]");
        assertRefused(counsellor.post("/api/operations", "{\"partnerSlug\": \"it-louvre-lens\", "), "(corps)");
        JsonNode everything = counsellor.post("/api/operations", "{}").expect(400).json();
        assertThat(everything.path("errors").findValuesAsText("field"))
                .contains("partnerSlug", "agencyCode", "venue", "discipline", "workshopDates", "employerMeetingDate");
        as(MEDIATOR).post("/api/operations", PROPOSAL.json()).expect(403);
        as(MANAGER).post("/api/agencies", Agency.of("it-arras", "Arras").json()).expect(201);
        Http.Response otherAgency = counsellor.post("/api/operations", Proposal.of("it-louvre-lens", "it-arras", TODAY.plusDays(30)).json());
        assertRefused(otherAgency, "agencyCode");
        assertThat(otherAgency.body()).contains("pas rattaché(e) à l'agence");

        assertThat(as(MANAGER).get("/api/operations").expect(200).json().size()).isEqualTo(operationsBefore);
        assertThat(as(MANAGER).get("/engine-rest/process-instance/count").expect(200).json().path("count").asInt())
                .isEqualTo(instancesBefore);
    }

    @Test
    void tasklistStartFormValidatesLikeTheApi() {
        Http counsellor = as(COUNSELLOR);
        int instancesBefore = as(MANAGER).get("/engine-rest/process-instance/count").expect(200).json().path("count").asInt();

        Http.Response refused = counsellor.post("/engine-rest/process-definition/key/aae-operation/submit-form", startForm(TODAY.minusDays(1), 20));
        refused.expect(400);
        assertThat(refused.json().path("message").asText())
                .contains("Taille du groupe visée : doit être comprise entre 6 et 15").contains("Atelier n° 1 : doit être une date future");
        assertThat(as(MANAGER).get("/engine-rest/process-instance/count").expect(200).json().path("count").asInt())
                .isEqualTo(instancesBefore);

        JsonNode started = counsellor.post("/engine-rest/process-definition/key/aae-operation/submit-form",
                startForm(TODAY.plusDays(40), 12)).expect(200).json();
        String reference = started.path("businessKey").asText();
        assertThat(reference).startsWith("AAE-" + TODAY.getYear() + "-HDF-");
        JsonNode operation = counsellor.get("/api/operations/" + reference).expect(200).json();
        assertThat(operation.path("targetGroupSize").asInt()).isEqualTo(12);
        assertThat(operation.path("workshopDates").get(1).asText()).isEqualTo(TODAY.plusDays(47).toString());
        assertThat(onlyTask(counsellor, reference, "Task_DraftConvention")).isNotBlank();
    }

    @Test
    void aWorkshopOrTheMeetingOnAWeekendOrAPublicHolidayIsRefusedUnlessConfirmed() {
        Http counsellor = as(COUNSELLOR);
        LocalDate july14 = TODAY.withMonth(7).withDayOfMonth(14);
        LocalDate meeting = july14.isAfter(TODAY.plusDays(30)) ? july14 : july14.plusYears(1);
        LocalDate saturday = meeting.minusDays(14).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate tuesday = saturday.plusDays(3);
        Proposal confirmed = PROPOSAL.workshops(List.of(saturday, tuesday)).employerMeeting(meeting);
        int operationsBefore = as(MANAGER).get("/api/operations").expect(200).json().size();
        int instancesBefore = as(MANAGER).get("/engine-rest/process-instance/count").expect(200).json().path("count").asInt();

        JsonNode refused = counsellor.post("/api/operations", confirmed.unconfirmed().json()).expect(400).json();

        assertThat(refused.path("errors")).extracting(error -> error.path("field").asText() + " : " + error.path("message").asText())
                .containsExactlyInAnyOrder(
                        "workshopDates[0] : Le " + saturday.format(FRENCH) + " est un samedi : choisissez un jour ouvré, ou confirmez "
                                + "les dates hors jours ouvrés",
                        "employerMeetingDate : Le " + meeting.format(FRENCH) + " est un jour férié (Fête nationale) : choisissez un jour "
                                + "ouvré, ou confirmez les dates hors jours ouvrés");
        Http.Response startForm = counsellor.post("/engine-rest/process-definition/key/aae-operation/submit-form",
                startForm(saturday, 3, meeting, 10, false));
        startForm.expect(400);
        assertThat(startForm.json().path("message").asText())
                .contains("Atelier n° 1 : Le " + saturday.format(FRENCH) + " est un samedi")
                .contains("Date de la rencontre avec les employeurs : Le " + meeting.format(FRENCH) + " est un jour férié (Fête nationale)")
                .doesNotContain("Atelier n° 2");
        assertThat(as(MANAGER).get("/api/operations").expect(200).json().size()).isEqualTo(operationsBefore);
        assertThat(as(MANAGER).get("/engine-rest/process-instance/count").expect(200).json().path("count").asInt())
                .isEqualTo(instancesBefore);

        String reference = counsellor.post("/api/operations", confirmed.json()).expect(201).json().path("reference").asText();
        JsonNode operation = counsellor.get("/api/operations/" + reference).expect(200).json();
        assertThat(operation.path("workshopDates").get(0).asText()).isEqualTo(saturday.toString());
        assertThat(operation.path("employerMeetingDate").asText()).isEqualTo(meeting.toString());
        String started = counsellor.post("/engine-rest/process-definition/key/aae-operation/submit-form",
                startForm(saturday, 3, meeting, 10, true)).expect(200).json().path("businessKey").asText();
        assertThat(counsellor.get("/api/operations/" + started).expect(200).json().path("employerMeetingDate").asText())
                .isEqualTo(meeting.toString());
    }

    private static void assertRefused(Http.Response response, String field) {
        response.expect(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.body()).contains(field);
        assertThat(response.body()).contains("\"status\":400");
    }

    /**
     * The start form as Tasklist submits it: the series as first date, count and interval, the meeting 20 days after the
     * first workshop; dates on a weekend or a public holiday confirmed, so that the test holds whatever the day it runs.
     */
    private static String startForm(LocalDate firstWorkshop, int groupSize) {
        return startForm(firstWorkshop, 7, firstWorkshop.plusDays(20), groupSize, true);
    }

    /** Two workshops {@code interval} days apart and the meeting, « Confirmer les dates hors jours ouvrés » ticked or not. */
    private static String startForm(LocalDate firstWorkshop, int interval, LocalDate meeting, int groupSize, boolean nonWorkingDaysConfirmed) {
        return """
                {"variables": {
                  "partnerSlug": {"value": "it-louvre-lens"}, "agencyCode": {"value": "it-lens"},
                  "venue": {"value": "Pavillon de verre"}, "discipline": {"value": "THEATRE"},
                  "firstWorkshopDate": {"value": "%s"}, "workshopCount": {"value": 2}, "workshopIntervalDays": {"value": %d},
                  "employerMeetingDate": {"value": "%s"}, "targetGroupSize": {"value": %d},
                  "nonWorkingDaysConfirmed": {"value": %s}}}
                """.formatted(firstWorkshop, interval, meeting, groupSize, nonWorkingDaysConfirmed);
    }

    /** As Tasklist sends the form: the read-only fields come back with their values. */
    private static void completeDraft(Http counsellor, String taskId) {
        counsellor.post("/engine-rest/task/" + taskId + "/complete", """
                {"variables": {
                  "lumpSum": {"value": 2700}, "venue": {"value": "Galerie du temps"}, "partnerName": {"value": "Louvre-Lens"},
                  "conventionObjectives": {"value": "Remobiliser dix demandeurs d'emploi par la danse contemporaine."},
                  "conventionWorkshopPlan": {"value": "Quatre ateliers de trois heures, le jeudi matin, au Pavillon de verre."}}}
                """).expect(204);
    }

    private static String answer(String decision, String comment) {
        return comment == null
                ? "{\"variables\": {\"partnerDecision\": {\"value\": \"" + decision + "\"}}}"
                : "{\"variables\": {\"partnerDecision\": {\"value\": \"" + decision + "\"}, \"partnerComment\": {\"value\": \"" + comment + "\"}}}";
    }

    private static JsonNode tasksOf(Http user, String reference) {
        return user.get("/engine-rest/task?processInstanceBusinessKey=" + reference).expect(200).json();
    }

    private static String onlyTask(Http user, String reference, String taskKey) {
        JsonNode tasks = tasksOf(user, reference);
        assertThat(tasks).as("tâches visibles : %s", tasks).hasSize(1);
        assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo(taskKey);
        return tasks.get(0).path("id").asText();
    }
}
