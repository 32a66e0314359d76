package fr.francetravail.aae.employermeeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.cohort.CandidateBatch;
import fr.francetravail.aae.cohort.CandidateDecision;
import fr.francetravail.aae.cohort.CandidateRequest;
import fr.francetravail.aae.cohort.CohortMails;
import fr.francetravail.aae.cohort.Enrolment;
import fr.francetravail.aae.cohort.RecruitmentService;
import fr.francetravail.aae.notification.Outbox;
import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Operation;
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
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
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
 * Phase 4 through {@code /api} and {@code /engine-rest}: employers registered from the workshops on (all or none, once
 * per company), the agency's staff only, the reminder once per operation, the results of the enrolled participants
 * only, and the two forms' glue on a process holding just their tasks, with no personal data left in the engine.
 * The operation reaches the workshops through the domain services (phases 2 and 3 have their own tests).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmployerMeetingIT extends ServiceIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String COUNSELLOR = "em-conseiller";
    private static final String OTHER_COUNSELLOR = "em-conseiller-ailleurs";
    private static final String MANAGER = "em-manager";
    private static final String MEDIATOR = "em-mediateur";
    private static final String AFDAS = "em-afdas";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    /** Distinctive enough that finding it anywhere in the engine's tables can only mean a leak. */
    private static final String SURNAME = "Zorglubard";
    private static final String GLUE_PROCESS = "employer-meeting-glue-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private ApplicationContext service;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OperationService operations;
    @Autowired
    private RecruitmentService recruitment;
    @Autowired
    private EmployerMeetingService meeting;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;

    private String reference;
    private long operationId;
    /** Enrolled participants 1 to 3, then candidate 4 who declined. */
    private final List<Long> enrolments = new ArrayList<>();
    private String glueDeployment;

    @BeforeAll
    void referenceData() {
        Operation operation = scenario(MANAGER)
                .agency(Agency.of("em-arras", "em-arras").mailbox("em-arras@francetravail.example"))
                .agency(Agency.of("em-douai", "em-douai").mailbox("em-douai@francetravail.example"))
                .partner(Partner.of("em-theatre", "Théâtre d'Arras", "44300000000002").type("THEATRE").in("HDF", "Arras")
                        .contact("Inès Médiation", "mediation@theatre-arras.example"))
                .counsellor(COUNSELLOR, "em-arras").counsellor(OTHER_COUNSELLOR, "em-douai").mediator(MEDIATOR, "em-theatre")
                .user(AFDAS, "afdas")
                .propose(COUNSELLOR, Proposal.of("em-theatre", "em-arras", TODAY.plusDays(20)).venue("Grande salle", "THEATRE")
                        .workshops(TODAY.plusDays(20), 2).employerMeeting(TODAY.plusDays(40)).groupSize(6));
        reference = operation.reference();
        operationId = operation.id();
    }

    @AfterAll
    void removeTheGlueProcess() {
        if (glueDeployment != null) {
            repository.deleteDeployment(glueDeployment, true);
        }
    }

    @Test
    @Order(1)
    void employersAreRegisteredFromTheWorkshopsOn() {
        Http counsellor = as(COUNSELLOR);
        Http.Response tooEarly = counsellor.post(employers(), "[" + employer("Boulangerie Paul", null, 1) + "]").expect(409);
        assertThat(tooEarly.json().path("detail").asText()).contains("pendant les ateliers", reference);

        reachTheWorkshops();
        JsonNode registered = counsellor.post(employers(), "[" + employer("Boulangerie Paul", null, 1) + ", "
                + employer("Transports Lefebvre", "44100000000006", 2) + "]").expect(201).json();

        assertThat(registered.findValuesAsText("companyName")).containsExactly("Boulangerie Paul", "Transports Lefebvre");
        JsonNode listed = as(MANAGER).get(employers()).expect(200).json();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(1).path("siret").asText()).isEqualTo("44100000000006");
        assertThat(listed.get(1).path("offers").findValuesAsText("contractType")).containsExactly("CDI", "INTERIM");
        assertThat(listed.get(1).path("positions").asInt()).isEqualTo(3);
        assertThat(listed.get(0).path("registeredBy").asText()).isEqualTo(COUNSELLOR);
    }

    @Test
    @Order(2)
    void aBadBatchIsRefusedWholeWithEveryFault() {
        Http.Response refused = as(COUNSELLOR).post(employers(), "[" + employer("Garage Martin", null, 1) + ", "
                + """
                {"companyName": "boulangerie  PAUL", "sector": "Commerce", "contactName": "X", "contactEmail": "x@paul.example",
                 "offers": [{"title": "Vendeur", "contractType": "CDD", "positions": 1}]},
                {"companyName": "Transports L.", "siret": "44100000000006", "sector": "Transport", "contactName": "Y",
                 "contactEmail": "pas-un-email", "offers": []},
                {"companyName": "Menuiserie Roux", "siret": "44100000000007", "sector": "Bâtiment", "contactName": "Z",
                 "contactEmail": "z@roux.example", "offers": [{"title": "", "contractType": "CDI", "positions": 0}]},
                {"companyName": "GARAGE MARTIN", "sector": "Automobile", "contactName": "W", "contactEmail": "w@martin.example",
                 "offers": [{"title": "Mécanicien", "positions": 1}]}]""").expect(400);

        assertThat(violations(refused)).containsOnlyKeys("employers[1].companyName", "employers[2].siret", "employers[2].contactEmail",
                "employers[2].offers", "employers[3].siret", "employers[3].offers[0].title", "employers[3].offers[0].positions",
                "employers[4].companyName", "employers[4].offers[0].contractType");
        assertThat(violations(refused).get("employers[1].companyName")).isEqualTo("l'entreprise « Boulangerie Paul » est déjà inscrite à cette rencontre");
        assertThat(violations(refused).get("employers[4].companyName")).isEqualTo("entreprise en double (déjà en employers[0])");
        assertThat(as(COUNSELLOR).get(employers()).expect(200).json()).as("rien n'est inscrit").hasSize(2);
    }

    @Test
    @Order(3)
    void onlyTheAgencysStaffSeesTheMeeting() {
        for (String outsider : List.of(MEDIATOR, AFDAS)) {
            Http user = as(outsider);
            user.get(employers()).expect(403);
            user.post(employers(), "[" + employer("Garage Martin", null, 1) + "]").expect(403);
            user.get(results()).expect(403);
            user.send("PUT", results(), "[]").expect(403);
        }
        as(OTHER_COUNSELLOR).get(employers()).expect(404);
        as(null).get(employers()).expect(401);
        assertThat(as(COUNSELLOR).get(employers()).expect(200).json()).hasSize(2);
    }

    @Test
    @Order(4)
    void theResultsOfEveryEnrolledParticipantAreRecordedAfterTheMeetingOpens() {
        Http counsellor = as(COUNSELLOR);
        counsellor.send("PUT", results(), resultsJson(enrolments.subList(0, 3), 1)).expect(409);
        operations.completeWorkshops(operationId);
        meeting.open(operationId);
        meeting.open(operationId);
        assertThat(counsellor.get("/api/operations/" + reference).expect(200).json().path("status").asText()).isEqualTo("EMPLOYER_MEETING");
        JsonNode before = counsellor.get(results()).expect(200).json();
        assertThat(before.findValuesAsText("enrolmentId")).containsExactlyElementsOf(enrolments.subList(0, 3).stream().map(String::valueOf).toList());
        assertThat(before.findValues("result")).as("aucun résultat saisi").isEmpty();

        Http.Response refused = counsellor.send("PUT", results(), """
                [{"enrolmentId": %d, "interviews": -1, "jobOffersProposed": 1},
                 {"enrolmentId": %d, "interviews": 1, "jobOffersProposed": 0},
                 {"enrolmentId": %d, "interviews": 1, "jobOffersProposed": 0},
                 {"enrolmentId": 999999, "interviews": 0, "jobOffersProposed": 0}]"""
                .formatted(enrolments.get(0), enrolments.get(1), enrolments.get(3))).expect(400);
        assertThat(violations(refused)).containsOnlyKeys("meetingResults[0].interviews", "meetingResults[2].enrolmentId",
                "meetingResults[3].enrolmentId", "meetingResults")
                .containsEntry("meetingResults", "résultats manquants pour l'inscription " + enrolments.get(2));
        assertThat(counsellor.get(results()).expect(200).json().findValues("result")).as("rien n'est enregistré").isEmpty();

        counsellor.send("PUT", results(), resultsJson(enrolments.subList(0, 3), 1)).expect(200);
        JsonNode recorded = counsellor.send("PUT", results(), resultsJson(enrolments.subList(0, 3), 2)).expect(200).json();
        assertThat(recorded.findValues("result")).hasSize(3).allSatisfy(result -> {
            assertThat(result.path("interviews").asInt()).as("la seconde saisie remplace la première").isEqualTo(2);
            assertThat(result.path("recordedBy").asText()).isEqualTo(COUNSELLOR);
        });
        assertThat(jdbc.queryForObject("select count(*) from meeting_result where operation_id = ?", Integer.class, operationId)).isEqualTo(3);
    }

    @Test
    @Order(5)
    void theFormsRegisterEmployersRemindOnceAndRecordResultsWithoutLeavingPersonalDataInTheEngine() throws Exception {
        Http counsellor = as(COUNSELLOR);
        String instance = startGlueProcess();
        String registration = singleTask(counsellor, instance);
        JsonNode shown = counsellor.get("/engine-rest/task/" + registration + "/form-variables").expect(200).json();
        assertThat(shown.path(EmployerMeetingTasks.REGISTERED_EMPLOYERS).path("value").asText())
                .isEqualTo("Boulangerie Paul (Commerce) : 1 poste(s) — CDI\nTransports Lefebvre (Commerce) : 3 poste(s) — CDI, intérim");
        assertThat(shown.path(EmployerMeetingTasks.EMPLOYER_MEETING_DAY).path("value").asText())
                .isEqualTo(CohortMails.day(TODAY.plusDays(40)));

        Http.Response refused = counsellor.post("/engine-rest/task/" + registration + "/submit-form",
                submitted("employers", "[" + employer("Garage Martin", "44100000000007", 1) + "]"));
        assertThat(refused.status()).isGreaterThanOrEqualTo(400);
        assertThat(refused.body()).contains("Entreprise n° 1 – SIRET");
        assertThat(refused.json().path("errors").findValuesAsText("field")).as("the key for clients").contains("employers[0].siret");
        counsellor.post("/engine-rest/task/" + registration + "/submit-form",
                submitted("employers", "[" + employer("Garage Martin", null, 1) + "]")).expect(204);
        assertThat(counsellor.get(employers()).expect(200).json().findValuesAsText("companyName")).contains("Garage Martin");

        int reminders = remindersQueued();
        assertThat(reminders).as("3 participants et 3 entreprises").isEqualTo(6);
        meeting.remind(operationId);
        assertThat(remindersQueued()).as("un rappel par opération").isEqualTo(6);

        String resultsTask = singleTask(counsellor, instance);
        JsonNode rows = JSON.readTree(counsellor.get("/engine-rest/task/" + resultsTask + "/form-variables").expect(200).json()
                .path("meetingResults").path("value").asText());
        assertThat(rows.findValuesAsText("enrolmentId")).containsExactlyElementsOf(enrolments.subList(0, 3).stream().map(String::valueOf).toList());
        assertThat(rows.get(0).path("participantName").asText()).isEqualTo(SURNAME.toUpperCase() + " Prénom1");
        assertThat(rows.get(0).path("interviews").asInt()).as("les valeurs déjà saisies").isEqualTo(2);
        List<String> submittedRows = new ArrayList<>();
        for (JsonNode row : rows) {
            submittedRows.add("{\"enrolmentId\": %d, \"interviews\": 3, \"jobOffersProposed\": 1, \"hired\": %b, \"trainingProposed\": false, \"serviceProposed\": true}"
                    .formatted(row.path("enrolmentId").asLong(), row == rows.get(0)));
        }
        counsellor.post("/engine-rest/task/" + resultsTask + "/submit-form",
                submitted("meetingResults", "[" + String.join(", ", submittedRows) + "]")).expect(204);
        JsonNode results = counsellor.get(results()).expect(200).json();
        assertThat(results.findValues("result").stream().map(r -> r.path("interviews").asInt()).toList()).containsExactly(3, 3, 3);
        assertThat(results.get(0).path("result").path("hired").asBoolean()).isTrue();
        assertThat(results.get(0).path("result").path("served").asBoolean()).isTrue();
        assertThat(as(ADMIN).get("/engine-rest/history/process-instance/" + instance).expect(200).json().path("state").asText()).isEqualTo("COMPLETED");

        List<String> variableNames = jdbc.queryForList("select distinct name_ from act_hi_varinst union select distinct name_ from act_hi_detail "
                + "union select distinct name_ from act_ru_variable", String.class);
        assertThat(variableNames).doesNotContain("employers", "meetingResults", "registeredEmployers", "contactName", "participantName");
        assertThat(leaks(SURNAME)).as("tables Camunda contenant un nom de participant ou de contact").isEmpty();

        assertThat(Outbox.deliverDue(service)).isGreaterThan(0);
        Map<String, List<String>> bySubject = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String recipient = message.getAllRecipients()[0].toString();
            if (recipient.startsWith("zorglubard")) {
                bySubject.computeIfAbsent(message.getSubject(), subject -> new ArrayList<>()).add(recipient + "\n" + message.getContent());
            }
        }
        assertThat(bySubject.get("Rappel : rencontre avec les employeurs « L'Art d'accéder à l'emploi »"))
                .hasSize(3).allSatisfy(mail -> assertThat(mail).contains("Théâtre d'Arras, Grande salle", reference));
        assertThat(bySubject.get("Rappel : rencontre avec les participants de « L'Art d'accéder à l'emploi », "
                + CohortMails.day(TODAY.plusDays(40)))).hasSize(3)
                .anySatisfy(mail -> assertThat(mail).startsWith("zorglubard.contact.garage-martin@").contains("3 participant(s)"));
    }

    /** Phases 1 to 3 in the domain: three participants enrolled, a fourth who declined, the workshops under way. */
    private void reachTheWorkshops() {
        operations.markAgreementSigned(operationId);
        List<CandidateRequest> candidates = IntStream.rangeClosed(1, 4).mapToObj(n -> new CandidateRequest("710000%dA".formatted(n),
                SURNAME, "Prénom" + n, "zorglubard%d@example.org".formatted(n), null, TODAY.getYear() - 30, TODAY.minusMonths(14),
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
            boolean accepts = enrolments.size() < 3;
            recruitment.decide(enrolment.getId(), accepts ? CandidateDecision.ACCEPTS : CandidateDecision.DECLINES, accepts, COUNSELLOR);
            if (accepts) {
                recruitment.tagPriorityPublics(enrolment.getId());
                recruitment.place(enrolment.getId(), COUNSELLOR);
            }
            enrolments.add(enrolment.getId());
        }
        recruitment.closeRecruitment(operationId);
        operations.startWorkshops(operationId);
    }

    private String startGlueProcess() {
        glueDeployment = repository.createDeployment().name(GLUE_PROCESS).addModelInstance(GLUE_PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(GLUE_PROCESS).camundaHistoryTimeToLive(1)
                        .startEvent()
                        .userTask(OperationProcess.TASK_REGISTER_EMPLOYERS).camundaCandidateGroups("agence-${agencyCode}")
                        .camundaFormRef(EmployerMeetingTasks.FORM_EMPLOYER_REGISTRATION).camundaFormRefBinding("latest")
                        .camundaTaskListenerDelegateExpression("complete", "${employersRegisteredListener}")
                        .serviceTask("Task_RemindEmployerMeeting").camundaDelegateExpression("${remindEmployerMeetingDelegate}")
                        .userTask(OperationProcess.TASK_RECORD_MEETING_RESULTS).camundaCandidateGroups("agence-${agencyCode}")
                        .camundaFormRef(EmployerMeetingTasks.FORM_MEETING_RESULTS).camundaFormRefBinding("latest")
                        .camundaTaskListenerDelegateExpression("complete", "${meetingResultsRecordedListener}")
                        .endEvent()
                        .done()).deploy().getId();
        return runtime.startProcessInstanceByKey(GLUE_PROCESS, reference, Map.of("operationId", operationId,
                "operationReference", reference, "agencyCode", "em-arras")).getId();
    }

    private String singleTask(Http user, String processInstanceId) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceId=" + processInstanceId).expect(200).json();
        assertThat(tasks).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    /** A list as Tasklist submits a dynamic list: a Json variable. */
    private static String submitted(String name, String json) throws Exception {
        return "{\"variables\": {\"" + name + "\": {\"type\": \"Json\", \"value\": " + JSON.writeValueAsString(json.replace("\n", " ")) + "}}}";
    }

    private int remindersQueued() {
        return jdbc.queryForObject("select count(*) from notification where operation_id = ? and subject like 'Rappel : rencontre%'",
                Integer.class, operationId);
    }

    private List<String> leaks(String text) {
        List<String> leaks = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema() and table_name like 'act\\_%' and data_type in ('character varying', 'text', 'bytea')""")) {
            String value = "bytea".equals(column.get("data_type")) ? "encode(" + column.get("column_name") + ", 'escape')" : (String) column.get("column_name");
            if (jdbc.queryForObject("select count(*) from " + column.get("table_name") + " where lower(" + value + ") like ?", Integer.class,
                    "%" + text.toLowerCase() + "%") > 0) {
                leaks.add(column.get("table_name") + "." + column.get("column_name"));
            }
        }
        return leaks;
    }

    private String employers() {
        return "/api/operations/" + reference + "/employers";
    }

    private String results() {
        return "/api/operations/" + reference + "/meeting-results";
    }

    private static Map<String, String> violations(Http.Response response) {
        return StreamSupport.stream(response.json().path("errors").spliterator(), false)
                .collect(Collectors.toMap(v -> v.path("field").asText(), v -> v.path("message").asText(), (a, b) -> a + " | " + b));
    }

    private static String resultsJson(List<Long> ids, int interviews) {
        return ids.stream().map(id -> "{\"enrolmentId\": %d, \"interviews\": %d, \"jobOffersProposed\": 1, \"hired\": false, \"trainingProposed\": true, \"serviceProposed\": false}"
                .formatted(id, interviews)).collect(Collectors.joining(", ", "[", "]"));
    }

    /** An employer whose contact's address names the company; offers: one CDI, then one intérim of 2 positions. */
    private static String employer(String name, String siret, int offers) {
        String slug = name.toLowerCase().replace(' ', '-');
        List<String> offerList = List.of("{\"title\": \"Employé(e) polyvalent(e)\", \"contractType\": \"CDI\", \"positions\": 1}",
                "{\"title\": \"Chauffeur livreur\", \"contractType\": \"INTERIM\", \"positions\": 2}").subList(0, offers);
        return """
                {"companyName": "%s", %s"sector": "Commerce", "contactName": "Contact %s", "contactEmail": "zorglubard.contact.%s@example.org",
                 "contactPhone": "03 21 00 00 00", "offers": [%s]}""".formatted(name, siret == null ? "" : "\"siret\": \"" + siret + "\", ",
                SURNAME, slug, String.join(", ", offerList));
    }
}
