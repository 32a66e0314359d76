package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.EngineTablesScan;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A task's rightful user and a counsellor try to slip variables nobody declared into the processes, through every door
 * of {@code /engine-rest}: each is refused, names the variable, and nothing reaches the engine's tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UndeclaredVariablesIT extends ServiceIT {

    private static final String AGENCY = "it-douai";
    private static final String PARTNER = "it-hippodrome-douai";
    private static final String COUNSELLOR = "it-conseiller-douai";
    private static final String MANAGER = "it-manager-douai";
    private static final String MEDIATOR = "it-mediateur-douai";
    private static final String PHONE = "06 41 52 63 74";
    private static final String NOTE = "\"notes\": {\"value\": \"Rappeler Mme Lemaire au " + PHONE + "\"}";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static final List<String> TABLES = List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail", "act_ge_bytearray");

    @Autowired
    private JdbcTemplate jdbc;

    private Scenario scenario;

    @BeforeAll
    void referenceData() {
        scenario = scenario(MANAGER).agency(Agency.of(AGENCY, "Douai").mailbox("douai@francetravail.example"))
                .partner(Partner.of(PARTNER, "Hippodrome de Douai", "59170000007006").type("THEATRE").in("HDF", "Douai")
                        .contact("Médiation", "mediation@hippodrome.example"))
                .counsellor(COUNSELLOR, AGENCY).mediator(MEDIATOR, PARTNER);
    }

    @Test
    void aTaskTakesOnlyWhatItsFormDeclares() {
        Http counsellor = as(COUNSELLOR);
        Http mediator = as(MEDIATOR);
        String reference = scenario.propose(COUNSELLOR, Proposal.of(PARTNER, AGENCY, TODAY.plusDays(30)).venue("Salle Malraux", "THEATRE"))
                .reference();
        counsellor.post("/engine-rest/task/" + singleTask(counsellor, reference, "Task_DraftConvention") + "/complete", """
                {"variables": {
                  "lumpSum": {"value": 2700}, "venue": {"value": "Salle Malraux"}, "partnerName": {"value": "Hippodrome de Douai"},
                  "conventionObjectives": {"value": "Remobiliser par le théâtre."},
                  "conventionWorkshopPlan": {"value": "Quatre ateliers le jeudi matin."}}}""").expect(204);
        String review = singleTask(mediator, reference, "Task_ReviewConvention");
        mediator.post("/engine-rest/task/" + review + "/claim", "{\"userId\": \"" + MEDIATOR + "\"}").expect(204);
        String accepted = "\"partnerDecision\": {\"value\": \"ACCEPTED\"}";
        String transientNote = "\"notes\": {\"value\": \"Rappeler Mme Lemaire au " + PHONE + "\", \"valueInfo\": {\"transient\": true}}";
        Map<String, Integer> before = rowCounts();

        assertRefused(mediator.post("/engine-rest/task/" + review + "/complete", variables(accepted, NOTE)), "Examiner la convention");
        assertRefused(mediator.post("/engine-rest/task/" + review + "/complete", variables(accepted, transientNote)), "Examiner la convention");
        assertRefused(mediator.post("/engine-rest/task/" + review + "/resolve", variables(accepted, NOTE)), "Examiner la convention");
        assertRefused(mediator.post("/engine-rest/task/" + review + "/submit-form", variables(accepted, NOTE)), "Examiner la convention");
        Http.Response forcedOutcome = mediator.post("/engine-rest/task/" + review + "/complete",
                variables(accepted, "\"partnershipOutcome\": {\"value\": \"SIGNED\"}"));
        forcedOutcome.expect(400);
        assertThat(forcedOutcome.body()).contains("ne peuvent pas être modifiées : partnershipOutcome");
        assertRefused(as(ADMIN).post("/engine-rest/task/" + review + "/complete", variables(accepted, NOTE)), "Examiner la convention");

        // writes that complete nothing: the task's candidates may work on it, not set its variables
        mediator.send("PUT", "/engine-rest/task/" + review + "/variables/notes", "{\"value\": \"" + PHONE + "\"}").expect(403);
        mediator.send("PUT", "/engine-rest/task/" + review + "/localVariables/notes", "{\"value\": \"" + PHONE + "\"}").expect(403);
        mediator.post("/engine-rest/task/" + review + "/variables", "{\"modifications\": {" + NOTE + "}}").expect(403);
        mediator.post("/engine-rest/message", "{\"messageName\": \"OperationCancelled\", \"businessKey\": \"" + reference
                + "\", \"processVariables\": {" + NOTE + "}}").expect(403);
        String operationInstance = as(ADMIN).get("/engine-rest/process-instance?businessKey=" + reference + "&processDefinitionKey=aae-operation")
                .expect(200).json().get(0).path("id").asText();
        counsellor.post("/engine-rest/process-instance/" + operationInstance + "/variables", "{\"modifications\": {" + NOTE + "}}").expect(403);
        counsellor.send("PUT", "/engine-rest/execution/" + operationInstance + "/localVariables/notes", "{\"value\": \"" + PHONE + "\"}")
                .expect(403);
        // a BPMN error or escalation thrown from the task would end it with its variables, past the completion's checks
        String forged = "\"partnershipOutcome\": {\"value\": \"SIGNED\"}, " + NOTE;
        mediator.post("/engine-rest/task/" + review + "/bpmnError", "{\"errorCode\": \"x\", \"variables\": {" + forged + "}}").expect(403);
        mediator.post("/engine-rest/task/" + review + "/bpmnEscalation", "{\"escalationCode\": \"x\", \"variables\": {" + forged + "}}")
                .expect(403);
        // a comment would put free text beside the task, in Camunda's tables (a manager: the mediator cannot even read the
        // task's history, which the comment resource looks up first)
        as(MANAGER).post("/engine-rest/task/" + review + "/comment/create", "{\"message\": \"Rappeler Mme Lemaire au " + PHONE + "\"}")
                .expect(403);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(EngineTablesScan.columnsContaining(jdbc, PHONE)).isEmpty();
        assertThat(singleTask(mediator, reference, "Task_ReviewConvention")).as("la tâche reste ouverte").isEqualTo(review);

        mediator.post("/engine-rest/task/" + review + "/complete", variables(accepted)).expect(204);
        assertThat(singleTask(as(MANAGER), reference, "Task_SignConvention")).isNotBlank();
    }

    @Test
    void aStartTakesOnlyWhatItsStartFormDeclares() {
        Http counsellor = as(COUNSELLOR);
        String form = startForm();
        String tampered = form + ", \"lumpSum\": {\"value\": 99999}, \"partnershipOutcome\": {\"value\": \"SIGNED\"}, " + NOTE;
        Map<String, Integer> before = rowCounts();

        Http.Response start = counsellor.post("/engine-rest/process-definition/key/aae-operation/start", variables(tampered));
        assertRefused(start, "Opération proposée");
        assertThat(start.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("lumpSum", "notes", "partnershipOutcome");
        Http.Response submitted = counsellor.post("/engine-rest/process-definition/key/aae-operation/submit-form", variables(tampered));
        assertRefused(submitted, "Opération proposée");
        assertThat(submitted.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("lumpSum", "notes", "partnershipOutcome");

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(EngineTablesScan.columnsContaining(jdbc, PHONE)).isEmpty();

        String reference = counsellor.post("/engine-rest/process-definition/key/aae-operation/start", variables(form)).expect(200).json()
                .path("businessKey").asText();
        assertThat(singleTask(counsellor, reference, "Task_DraftConvention")).isNotBlank();
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class)));
        counts.put("act_hi_procinst", jdbc.queryForObject("select count(*) from act_hi_procinst", Integer.class));
        return counts;
    }

    private static void assertRefused(Http.Response response, String form) {
        response.expect(400);
        assertThat(response.json().path("errors").findValuesAsText("message")).isNotEmpty()
                .allMatch(message -> message.equals("non déclarée par le formulaire « " + form + " »"));
    }

    private static String variables(String... variables) {
        return "{\"variables\": {" + String.join(", ", variables) + "}}";
    }

    private static String startForm() {
        return """
                "partnerSlug": {"value": "%s"}, "agencyCode": {"value": "%s"},
                "venue": {"value": "Salle Malraux"}, "discipline": {"value": "THEATRE"},
                "firstWorkshopDate": {"value": "%s"}, "workshopCount": {"value": 2}, "workshopIntervalDays": {"value": 7},
                "employerMeetingDate": {"value": "%s"}, "targetGroupSize": {"value": 10},
                "nonWorkingDaysConfirmed": {"value": true}""".formatted(PARTNER, AGENCY, TODAY.plusDays(40),
                TODAY.plusDays(60));
    }
}
