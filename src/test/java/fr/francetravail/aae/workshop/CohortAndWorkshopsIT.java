package fr.francetravail.aae.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.notification.Outbox;
import fr.francetravail.aae.support.EngineTablesScan;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Phases 2 and 3 of one operation through {@code /api} and {@code /engine-rest} only: 12 candidates (6 through the API,
 * 6 through the cohort form), 2 declining, 10 accepting for 9 places (one on the waiting list), a manager's validation,
 * 4 workshops with their timers fired through the engine, a late attendance sheet, two unexcused absences in a row that
 * open a counsellor's follow-up, a withdrawal that promotes the waiting list; then the mails received by a real SMTP
 * server, and a scan of every Camunda table for the participants' personal data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CohortAndWorkshopsIT extends ServiceIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String COUNSELLOR = "cw-conseiller";
    private static final String MANAGER = "cw-manager";
    private static final String MEDIATOR = "cw-mediateur";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    /** Distinctive enough that finding it anywhere in the engine's tables can only mean a leak. */
    private static final String SURNAME = "Zorglubien";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private ApplicationContext service;
    @Autowired
    private JdbcTemplate jdbc;

    private Scenario scenario;
    private String reference;
    private String processInstanceId;
    private final Map<String, Long> enrolmentOf = new HashMap<>();

    @BeforeAll
    void referenceData() {
        scenario = scenario(MANAGER).agency(Agency.of("cw-bethune", "Béthune").mailbox("bethune@francetravail.example"))
                .partner(Partner.of("cw-labanque", "Labanque", "62200000000001").type("CENTRE_ART").in("HDF", "Béthune")
                        .contact("Claire Médiation", "mediation@labanque.example"))
                .counsellor(COUNSELLOR, "cw-bethune").mediator(MEDIATOR, "cw-labanque");
    }

    @Test
    @Order(1)
    void aCohortIsBuiltThenFollowsItsFourWorkshops() throws Exception {
        Http counsellor = as(COUNSELLOR);
        Http mediator = as(MEDIATOR);
        Http manager = as(MANAGER);
        reference = scenario.propose(COUNSELLOR, Proposal.of("cw-labanque", "cw-bethune", TODAY.plusDays(20))
                .venue("Salle des coffres", "ARTS_PLASTIQUES").employerMeeting(TODAY.plusDays(60)).groupSize(9)).reference();
        processInstanceId = as(ADMIN).get("/engine-rest/process-instance?processDefinitionKey=aae-operation&businessKey=" + reference)
                .expect(200).json().get(0).path("id").asText();
        signConvention(reference, counsellor, mediator, manager);

        // Phase 2: six candidates through the API, six through the cohort form, then the invitations.
        JsonNode added = counsellor.post("/api/operations/" + reference + "/candidates",
                "{\"candidates\": [" + candidates(1, 6) + "]}").expect(201).json();
        assertThat(added.findValuesAsText("status")).hasSize(6).containsOnly("CANDIDATE");
        String buildCohort = singleTask(counsellor, reference, "Task_BuildCohort");
        counsellor.post("/engine-rest/task/" + buildCohort + "/complete", """
                {"variables": {"infoMeetingDate": {"value": "%s"}, "nonWorkingDaysConfirmed": {"value": true},
                 "candidates": {"type": "Json", "value": "%s"}}}"""
                .formatted(TODAY.plusDays(5), ("[" + candidates(7, 12) + "]").replace("\n", " ").replace("\"", "\\\""))).expect(204);
        runDueJobs();
        assertThat(tasks(counsellor, reference, "Task_RecordCandidateDecision")).hasSize(12);
        for (JsonNode task : tasks(counsellor, reference, "Task_RecordCandidateDecision")) {
            String id = task.path("id").asText();
            enrolmentOf.put(counsellor.get("/engine-rest/task/" + id + "/localVariables").expect(200).json()
                    .path("franceTravailId").path("value").asText(), counsellor.get("/engine-rest/task/" + id + "/variables/enrolmentId")
                    .expect(200).json().path("value").asLong());
        }
        assertThat(enrolmentOf).containsOnlyKeys(IntStream.rangeClosed(1, 12).mapToObj(CohortAndWorkshopsIT::ftId).toList());

        Http.Response noConsent = counsellor.post("/engine-rest/task/" + decisionTaskOf(counsellor, 1) + "/complete",
                "{\"variables\": {\"candidateDecision\": {\"value\": \"ACCEPTS\"}}}");
        assertThat(noConsent.status()).isGreaterThanOrEqualTo(400);
        assertThat(noConsent.body()).contains("consentement");
        for (int candidate = 1; candidate <= 12; candidate++) {
            String answer = candidate <= 10 ? "{\"candidateDecision\": {\"value\": \"ACCEPTS\"}, \"consent\": {\"value\": true}}"
                    : "{\"candidateDecision\": {\"value\": \"DECLINES\"}}";
            counsellor.post("/engine-rest/task/" + decisionTaskOf(counsellor, candidate) + "/complete", "{\"variables\": " + answer + "}")
                    .expect(204);
        }
        runDueJobs();
        assertThat(tasks(manager, reference, "Task_ValidateCohort")).hasSize(1);
        runDueJobs();
        String validation = singleTask(manager, reference, "Task_ValidateCohort");
        JsonNode counts = manager.get("/engine-rest/task/" + validation + "/form-variables").expect(200).json();
        assertThat(counts.path("enrolledCount").path("value").asInt()).as("décidé dès l'objectif atteint").isEqualTo(9);
        assertThat(counts.path("cohortDecision").path("value").asText()).isEqualTo("GO");
        assertThat(as(ADMIN).get("/engine-rest/history/activity-instance?activityId=Event_CohortTargetReached&processInstanceId="
                + processInstanceId).expect(200).json()).as("la décision vient de l'objectif atteint, pas de la date limite").hasSize(1);
        Map<String, JsonNode> cohort = cohort(counsellor);
        assertThat(IntStream.rangeClosed(1, 12).mapToObj(n -> cohort.get(ftId(n)).path("status").asText()).toList()).containsExactly(
                "ENROLLED", "ENROLLED", "ENROLLED", "ENROLLED", "ENROLLED", "ENROLLED", "ENROLLED", "ENROLLED", "ENROLLED",
                "WAITING_LIST", "DECLINED", "DECLINED");
        assertThat(texts(cohort.get(ftId(1)).path("priorityPublics"))).containsExactlyInAnyOrder("DELD", "TH");
        assertThat(texts(cohort.get(ftId(2)).path("priorityPublics"))).containsExactly("SENIOR");
        assertThat(texts(cohort.get(ftId(3)).path("priorityPublics"))).containsExactlyInAnyOrder("BRSA", "JEUNE");
        manager.post("/engine-rest/task/" + validation + "/complete", "{\"variables\": {\"cohortValidation\": {\"value\": \"VALIDATED\"}}}")
                .expect(204);
        assertThat(counsellor.get("/api/operations/" + reference).expect(200).json().path("status").asText()).isEqualTo("WORKSHOPS");

        // Phase 3: four workshops; candidate 3 excused once, candidate 2 absent without excuse twice in a row.
        attend(mediator, Map.of(3, "excused", 2, "unexcused"), false);
        attend(mediator, Map.of(2, "unexcused"), true);
        String followUp = singleTask(counsellor, reference, "Task_FollowUpAbsence");
        assertThat(counsellor.get("/engine-rest/task/" + followUp + "/localVariables").expect(200).json()
                .path("franceTravailId").path("value").asText()).isEqualTo(ftId(2));
        counsellor.post("/engine-rest/task/" + followUp + "/complete", """
                {"variables": {"followUpOutcome": {"value": "WITHDRAWS"}, "followUpComment": {"value": "Appel de %s : reprend un emploi."},
                 "withdrawalReason": {"value": "Reprise d'emploi chez %s Services"}}}""".formatted(SURNAME, SURNAME)).expect(204);
        assertThat(cohort(counsellor).get(ftId(10)).path("status").asText()).as("la liste d'attente prend la place libérée").isEqualTo("ENROLLED");
        attend(mediator, Map.of(), false);
        attend(mediator, Map.of(), false);

        runDueJobs();
        assertThat(tasks(counsellor, reference, "Task_RegisterEmployers")).hasSize(1);
        assertThat(counsellor.get("/api/operations/" + reference).expect(200).json().path("status").asText())
                .as("la série d'ateliers close, place à la rencontre avec les employeurs").isEqualTo("EMPLOYER_MEETING");
        Map<String, JsonNode> finalCohort = cohort(counsellor);
        assertThat(finalCohort.get(ftId(2)).path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(finalCohort.get(ftId(2)).path("withdrawalReason").asText()).contains("Reprise d'emploi");
        assertThat(finalCohort.get(ftId(2)).path("events").findValuesAsText("type")).contains("ABSENCE_FOLLOWED_UP", "WITHDRAWN");
        assertThat(finalCohort.values().stream().filter(c -> c.path("status").asText().equals("ENROLLED")).count()).isEqualTo(9);

        JsonNode workshops = mediator.get("/api/operations/" + reference + "/workshops").expect(200).json();
        assertThat(workshops.findValuesAsText("status")).containsExactly("ATTENDANCE_RECORDED", "ATTENDANCE_RECORDED",
                "ATTENDANCE_RECORDED", "ATTENDANCE_RECORDED");
        assertThat(presences(workshops.get(0))).hasSize(9).containsEntry(enrolmentOf.get(ftId(3)), "EXCUSED")
                .containsEntry(enrolmentOf.get(ftId(2)), "UNEXCUSED").containsEntry(enrolmentOf.get(ftId(1)), "PRESENT")
                .doesNotContainKey(enrolmentOf.get(ftId(10)));
        assertThat(presences(workshops.get(1))).containsEntry(enrolmentOf.get(ftId(2)), "UNEXCUSED").containsEntry(enrolmentOf.get(ftId(3)), "PRESENT");
        assertThat(presences(workshops.get(2))).hasSize(9).containsEntry(enrolmentOf.get(ftId(10)), "PRESENT")
                .doesNotContainKey(enrolmentOf.get(ftId(2)));

        // The mails, as the SMTP server received them.
        assertThat(Outbox.deliverDue(service)).isGreaterThan(0);
        Map<String, List<MimeMessage>> bySubject = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String recipient = message.getAllRecipients()[0].toString();
            if (!recipient.startsWith("zorglubien") && !recipient.equals("mediation@labanque.example")) {
                continue;
            }
            bySubject.computeIfAbsent(message.getSubject(), subject -> new ArrayList<>()).add(message);
        }
        assertThat(bySubject.get("Invitation à la réunion d'information « L'Art d'accéder à l'emploi »")).hasSize(12);
        assertThat(bySubject.get("Votre inscription à « L'Art d'accéder à l'emploi » est confirmée")).hasSize(9);
        assertThat(bySubject.get("« L'Art d'accéder à l'emploi » : vous êtes sur liste d'attente")).hasSize(1);
        assertThat(recipients(bySubject.get("Une place s'est libérée pour vous dans « L'Art d'accéder à l'emploi »")))
                .containsExactly(email(10));
        assertThat(bySubject.get("Rappel : atelier « L'Art d'accéder à l'emploi » demain")).hasSize(36);
        assertThat(recipients(bySubject.get("Feuille d'émargement en attente : atelier n° 2 de " + reference)))
                .containsExactly("mediation@labanque.example");
        MimeMessage invitation = bySubject.get("Invitation à la réunion d'information « L'Art d'accéder à l'emploi »").get(0);
        assertThat((String) invitation.getContent()).contains(SURNAME).contains("Labanque, Salle des coffres", reference);
    }

    @Test
    @Order(2)
    void noParticipantNameEmailOrDisabilityFlagIsStoredByTheEngine() {
        assertThat(jdbc.queryForObject("select count(*) from participant where last_name like ?", Integer.class, SURNAME + "%"))
                .as("le domaine garde bien les participants : la recherche sait les trouver").isEqualTo(12);
        assertThat(EngineTablesScan.columnsContaining(jdbc, SURNAME)).as("tables Camunda contenant un nom ou un e-mail de participant").isEmpty();
        List<String> variableNames = jdbc.queryForList("select distinct name_ from act_hi_varinst union select distinct name_ from act_hi_detail "
                + "union select distinct name_ from act_ru_variable", String.class);
        assertThat(variableNames).contains("enrolmentId", "franceTravailId", "excused", "unexcused")
                .doesNotContain("candidates", "lastName", "firstName", "email", "phone", "recognisedDisability", "priorityPublic",
                        "followUpComment", "withdrawalReason", "participants");
    }

    /** One workshop: the eve's reminder, the sheet after the workshop (late if asked), with the given absences. */
    private void attend(Http mediator, Map<Integer, String> absences, boolean late) throws Exception {
        executeTimer(processInstanceId, "Timer_WorkshopEve");
        executeTimer(processInstanceId, "Timer_WorkshopOver");
        if (late) {
            executeTimer(processInstanceId, "Timer_AttendanceLate");
        }
        String sheet = singleTask(mediator, reference, "Task_RecordAttendance");
        JsonNode participants = mediator.get("/engine-rest/task/" + sheet + "/form-variables").expect(200).json().path("participants");
        assertThat(participants.path("type").asText()).isEqualTo("Json");
        List<String> shown = texts(JSON.readTree(participants.path("value").asText()));
        List<String> expectedIds = cohort(as(COUNSELLOR)).values().stream().filter(c -> c.path("status").asText().equals("ENROLLED"))
                .map(c -> c.path("enrolmentId").asText()).sorted().toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expectedIds);
        String excused = absences.entrySet().stream().filter(e -> e.getValue().equals("excused"))
                .map(e -> "\\\"" + enrolmentOf.get(ftId(e.getKey())) + "\\\"").collect(Collectors.joining(","));
        String unexcused = absences.entrySet().stream().filter(e -> e.getValue().equals("unexcused"))
                .map(e -> "\\\"" + enrolmentOf.get(ftId(e.getKey())) + "\\\"").collect(Collectors.joining(","));
        mediator.post("/engine-rest/task/" + sheet + "/complete", """
                {"variables": {"excused": {"type": "Json", "value": "[%s]"}, "unexcused": {"type": "Json", "value": "[%s]"}}}"""
                .formatted(excused, unexcused)).expect(204);
    }

    private String decisionTaskOf(Http counsellor, int candidate) {
        for (JsonNode task : tasks(counsellor, reference, "Task_RecordCandidateDecision")) {
            String id = task.path("id").asText();
            if (counsellor.get("/engine-rest/task/" + id + "/localVariables").expect(200).json().path("franceTravailId").path("value")
                    .asText().equals(ftId(candidate))) {
                return id;
            }
        }
        throw new AssertionError("pas de tâche de décision pour le candidat " + candidate);
    }

    private Map<String, JsonNode> cohort(Http user) {
        JsonNode cohort = user.get("/api/operations/" + reference + "/cohort").expect(200).json();
        return StreamSupport.stream(cohort.spliterator(), false).collect(Collectors.toMap(c -> c.path("franceTravailId").asText(), c -> c));
    }

    private static Map<Long, String> presences(JsonNode workshop) {
        return StreamSupport.stream(workshop.path("attendance").spliterator(), false)
                .collect(Collectors.toMap(line -> line.path("enrolmentId").asLong(), line -> line.path("presence").asText()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.has("value") ? item.path("value").asText() : item.asText()));
        return values;
    }

    private static String ftId(int candidate) {
        return "80000%02dA".formatted(candidate);
    }

    private static String email(int candidate) {
        return "zorglubien%02d@example.org".formatted(candidate);
    }

    /** Candidate 1: long-term job seeker with a recognised disability; 2: senior; 3: young RSA beneficiary. */
    private static String candidates(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> """
                {"franceTravailId": "%s", "lastName": "%s%02d", "firstName": "Prénom%02d", "email": "%s", "phone": "06 12 34 56 %02d",
                 "birthYear": %d, "registeredSince": "%s", "rsaBeneficiary": %b, "qpvResident": false, "recognisedDisability": %b}"""
                .formatted(ftId(n), SURNAME, n, n, email(n), n, n == 2 ? TODAY.getYear() - 56 : n == 3 ? TODAY.getYear() - 22 : TODAY.getYear() - 35,
                        n == 1 ? TODAY.minusMonths(20) : TODAY.minusMonths(3), n == 3, n == 1))
                .collect(Collectors.joining(", "));
    }
}
