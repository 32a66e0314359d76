package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.support.WebappSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A listener's refusal (the partner asks for changes without saying which; a start form with too big a group) and a
 * missing authorization (another partner's mediator) answered through {@code /engine-rest} and through the webapps'
 * engine API as Tasklist sends them: French problem details naming the form's label (the key stays in {@code errors}),
 * no engine wrapper, no internal id, the task left open or no process started, nothing written, and no ERROR nor stack
 * trace in the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class EngineRefusalsIT extends ServiceIT {

    private static final String MANAGER = "er-manager";
    private static final String COUNSELLOR = "er-conseiller";
    private static final String MEDIATOR = "er-mediateur";
    private static final String OTHER_MEDIATOR = "er-mediateur-autre";
    /** The review form's label of {@code partnerComment}. */
    private static final String REQUIRED_COMMENT = "Commentaire : est obligatoire";
    private static final String NO_COMMENT = "{\"variables\": {\"partnerDecision\": {\"value\": \"CHANGES_REQUESTED\"}}}";

    @LocalServerPort
    private int port;

    private String review;
    private String processInstance;

    @BeforeAll
    void aConventionToReview() {
        String reference = scenario(MANAGER).agency(Agency.of("er-lens", "Lens"))
                .partner(Partner.of("er-louvre", "Structure er-louvre", "62111000000000"))
                .partner(Partner.of("er-pba", "Structure er-pba", "59111000000005"))
                .counsellor(COUNSELLOR, "er-lens").mediator(MEDIATOR, "er-louvre").mediator(OTHER_MEDIATOR, "er-pba")
                .propose(COUNSELLOR, Proposal.of("er-louvre", "er-lens", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30)))
                .reference();
        Http counsellor = as(COUNSELLOR);
        counsellor.post("/engine-rest/task/" + singleTask(counsellor, reference, "Task_DraftConvention") + "/complete", """
                {"variables": {"conventionObjectives": {"value": "Remobiliser par la danse."},
                 "conventionWorkshopPlan": {"value": "Quatre ateliers de trois heures."}}}""").expect(204);
        JsonNode task = as(MEDIATOR).get("/engine-rest/task?processInstanceBusinessKey=" + reference
                + "&taskDefinitionKey=Task_ReviewConvention").expect(200).json().get(0);
        review = task.path("id").asText();
        processInstance = task.path("processInstanceId").asText();
    }

    /** The review, still open after the refusals, takes a valid answer; its partner reminder no longer waits among the jobs. */
    @AfterAll
    void theReviewEnds() {
        as(MEDIATOR).post("/engine-rest/task/" + review + "/complete", "{\"variables\": {\"partnerDecision\": {\"value\": \"ACCEPTED\"}}}")
                .expect(204);
    }

    @Test
    void aListenersRefusalIsAFrench400WithTheFieldEverywhereAndLogsNoError(CapturedOutput log) {
        int logStart = log.getOut().length();
        long variables = variableCount();

        List<Http.Response> refusals = List.of(
                as(MEDIATOR).post("/engine-rest/task/" + review + "/complete", NO_COMMENT),
                as(MEDIATOR).post("/engine-rest/task/" + review + "/submit-form", NO_COMMENT),
                webapp(MEDIATOR).post("/camunda/api/engine/engine/default/task/" + review + "/submit-form", NO_COMMENT),
                webapp(MEDIATOR).post("/camunda/api/engine/engine/default/task/" + review + "/complete", NO_COMMENT));

        for (Http.Response refused : refusals) {
            refused.expect(400);
            JsonNode problem = refused.json();
            assertThat(problem.path("title").asText()).isEqualTo("Requête invalide");
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("detail").asText()).as(refused.body()).startsWith(REQUIRED_COMMENT).doesNotContain("partnerComment");
            assertThat(problem.path("message").asText()).as("ce que Tasklist affiche").isEqualTo(problem.path("detail").asText());
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("partnerComment");
            assertNoInternals(refused);
        }
        as(MEDIATOR).get("/engine-rest/task/" + review).expect(200);
        assertThat(variableCount()).as("rien d'écrit").isEqualTo(variables);
        assertThat(log.getOut().substring(logStart)).doesNotContain(" ERROR ").doesNotContain("\tat ")
                .contains("Requête refusée (400) : [partnerComment]").doesNotContain("ENGINE-16004");
    }

    @Test
    void aStartFormsRefusalNamesTheFormsLabelsAndStartsNothing(CapturedOutput log) {
        int logStart = log.getOut().length();
        long instances = processInstanceCount();
        String tooBigAGroup = """
                {"variables": {
                  "partnerSlug": {"value": "er-louvre"}, "agencyCode": {"value": "er-lens"},
                  "venue": {"value": "Pavillon de verre"}, "discipline": {"value": "THEATRE"},
                  "firstWorkshopDate": {"value": "%s"}, "workshopCount": {"value": 0}, "workshopIntervalDays": {"value": 7},
                  "employerMeetingDate": {"value": "%s"}, "targetGroupSize": {"value": 20},
                  "nonWorkingDaysConfirmed": {"value": true}}}
                """.formatted(LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30), LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(50));

        List<Http.Response> refusals = List.of(
                as(COUNSELLOR).post("/engine-rest/process-definition/key/aae-operation/submit-form", tooBigAGroup),
                webapp(COUNSELLOR).post("/camunda/api/engine/engine/default/process-definition/key/aae-operation/submit-form", tooBigAGroup));

        for (Http.Response refused : refusals) {
            refused.expect(400);
            JsonNode problem = refused.json();
            assertThat(problem.path("message").asText()).as(refused.body()).isEqualTo(problem.path("detail").asText())
                    .isEqualTo("Nombre d'ateliers : doit être compris entre 1 et 30")
                    .doesNotContain("workshopCount");
            assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("workshopCount");
            assertNoInternals(refused);
        }
        Http.Response domainRefusal = webapp(COUNSELLOR).post("/camunda/api/engine/engine/default/process-definition/key/aae-operation/submit-form",
                tooBigAGroup.replace("\"workshopCount\": {\"value\": 0}", "\"workshopCount\": {\"value\": 2}"));
        domainRefusal.expect(400);
        assertThat(domainRefusal.json().path("detail").asText()).as(domainRefusal.body())
                .isEqualTo("Taille du groupe visée : doit être comprise entre 6 et 15");
        assertThat(domainRefusal.json().path("errors").findValuesAsText("field")).containsExactly("targetGroupSize");
        assertThat(processInstanceCount()).as("aucune opération démarrée").isEqualTo(instances);
        assertThat(log.getOut().substring(logStart)).doesNotContain(" ERROR ").doesNotContain("\tat ")
                .contains("Requête refusée (400) : [workshopCount]").contains("Requête refusée (400) : [targetGroupSize]");
    }

    @Test
    void anotherPartnersTaskIsA403NamingNothing(CapturedOutput log) {
        int logStart = log.getOut().length();
        long variables = variableCount();
        String answer = "{\"variables\": {\"partnerDecision\": {\"value\": \"ACCEPTED\"}}}";

        List<Http.Response> refusals = List.of(
                as(OTHER_MEDIATOR).post("/engine-rest/task/" + review + "/complete", answer),
                webapp(OTHER_MEDIATOR).post("/camunda/api/engine/engine/default/task/" + review + "/submit-form", answer));

        for (Http.Response refused : refusals) {
            refused.expect(403);
            JsonNode problem = refused.json();
            assertThat(problem.path("detail").asText()).as(refused.body()).isEqualTo("Votre profil ne permet pas cette action");
            assertThat(problem.path("message").asText()).isEqualTo("Votre profil ne permet pas cette action");
            assertThat(problem.path("type").asText()).as("the webapps read an AuthorizationException's resource id")
                    .isNotEqualTo("AuthorizationException");
            assertNoInternals(refused);
            assertThat(refused.body()).doesNotContain(OTHER_MEDIATOR);
        }
        as(MEDIATOR).get("/engine-rest/task/" + review).expect(200);
        assertThat(variableCount()).isEqualTo(variables);
        assertThat(log.getOut().substring(logStart)).doesNotContain(" ERROR ").doesNotContain("\tat ");
    }

    /** Other exceptions keep Camunda's answer and its ERROR with the stack trace: the logging switch is not blanket. */
    @Test
    void aFailureThatIsNoRefusalStillLogsAnError(CapturedOutput log) {
        int logStart = log.getOut().length();

        Http.Response failed = as(ADMIN).post("/engine-rest/message", "{\"messageName\": \"er-message-que-personne-n-attend\"}");

        failed.expect(400);
        assertThat(failed.json().path("type").asText()).isEqualTo("RestException");
        assertThat(log.getOut().substring(logStart)).contains(" ERROR ").contains("ENGINE-16004").contains("\tat ");
    }

    /** Tasklist's HTTP client shows the {@code message} of an error's JSON body: the French text must be there. */
    @Test
    void tasklistShowsTheMessageOfTheErrorBody() throws IOException {
        try (InputStream bundle = getClass().getResourceAsStream("/META-INF/resources/webjars/camunda/app/tasklist/camunda-tasklist-bootstrap.js")) {
            assertThat(bundle).isNotNull();
            assertThat(new String(bundle.readAllBytes(), StandardCharsets.UTF_8))
                    .containsPattern("\\w\\.body\\.message&&\\(\\w\\.message=\\w\\.body\\.message\\)")
                    .containsPattern("\"AuthorizationException\"==\\w\\.type\\)\\{var \\w;if\\(\\w\\.resourceId\\)");
        }
    }

    private void assertNoInternals(Http.Response refused) {
        assertThat(refused.body()).doesNotContain("ENGINE-").doesNotContain("Cannot").doesNotContain("Exception")
                .doesNotContain(review).doesNotContain(processInstance);
    }

    private long processInstanceCount() {
        return as(ADMIN).get("/engine-rest/process-instance/count?processDefinitionKey=aae-operation").expect(200).json().path("count").asLong()
                + as(MANAGER).get("/api/operations").expect(200).json().size();
    }

    private long variableCount() {
        return as(ADMIN).get("/engine-rest/variable-instance/count?processInstanceIdIn=" + processInstance).expect(200).json().path("count").asLong()
                + as(ADMIN).get("/engine-rest/history/variable-instance/count?processInstanceId=" + processInstance).expect(200).json().path("count").asLong();
    }

    private WebappSession webapp(String user) {
        return WebappSession.login("http://localhost:" + port, user);
    }
}
