package fr.francetravail.aae.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.notification.Outbox;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Journey;
import fr.francetravail.aae.support.Journey.Cohort;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.support.WebappSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The managers' and counsellors' actions of Tasklist's « Démarrer un processus », submitted as Tasklist does (the
 * webapps' engine API, a logged-in session): « Annuler une opération » and « Enregistrer un abandon » do what the API
 * does, and whoever may not, or whatever does not hold, is refused at the start with nothing written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistActionsIT extends ServiceIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String COUNSELLOR = "ta-conseiller";
    private static final String OTHER_COUNSELLOR = "ta-conseiller-bethune";
    private static final String MANAGER = "ta-manager";
    private static final String MEDIATOR = "ta-mediateur";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static final Cohort COHORT = new Cohort("71000", "Tasklistaction", "tasklistaction");
    private static final String CANCEL = "/camunda/api/engine/engine/default/process-definition/key/aae-operation-cancellation/submit-form";
    private static final String WITHDRAW = "/camunda/api/engine/engine/default/process-definition/key/aae-withdrawal/submit-form";

    @LocalServerPort
    private int port;
    @Autowired
    private ApplicationContext service;
    private Scenario scenario;

    @BeforeAll
    void referenceData() {
        scenario = scenario(MANAGER).agency(Agency.of("ta-arras", "Arras").mailbox("arras@francetravail.example"))
                .agency(Agency.of("ta-bethune", "Béthune").mailbox("bethune@francetravail.example"))
                .partner(Partner.of("ta-musee", "Musée des beaux-arts d'Arras", "21620041000019").in("HDF", "Arras")
                        .contact("Service des publics", "publics@ta-musee.example"))
                .counsellor(COUNSELLOR, "ta-arras").counsellor(OTHER_COUNSELLOR, "ta-bethune").mediator(MEDIATOR, "ta-musee");
    }

    @Test
    void tasklistOffersEachActionToItsRoleOnly() {
        assertThat(startable(MANAGER)).contains("aae-operation-cancellation").doesNotContain("aae-withdrawal");
        assertThat(startable(COUNSELLOR)).contains("aae-withdrawal", "aae-operation").doesNotContain("aae-operation-cancellation");
        assertThat(startable(MEDIATOR)).doesNotContain("aae-withdrawal", "aae-operation-cancellation", "aae-operation");
        assertThat(webapp(MEDIATOR).get("/camunda/api/engine/engine/default/process-definition/key/aae-withdrawal/deployed-start-form").status())
                .as("un médiateur ne lit pas le formulaire").isIn(403, 404);
    }

    @Test
    void aManagerCancelsAnOperationFromTasklistWithTheApisEffects() throws Exception {
        Journey journey = scenario.journey(proposal(), COHORT, COUNSELLOR, MEDIATOR, MANAGER);
        String reference = journey.reference();
        String instance = journey.instance();
        journey.signConvention().buildCohort(1, 3);
        Outbox.deliverDue(service);
        smtp.reset();
        String form = cancellationForm(reference, "Fermeture du musée pour travaux");

        assertThat(webapp(COUNSELLOR).post(CANCEL, form).status()).as("un conseiller").isIn(403, 404);
        assertThat(webapp(MEDIATOR).post(CANCEL, form).status()).as("un médiateur").isIn(403, 404);
        assertThat(anonymous(CANCEL, form)).as("sans session").isIn(401, 403);
        Http.Response blank = webapp(MANAGER).post(CANCEL, cancellationForm(reference, " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("message").asText()).contains("Motif de l'annulation");
        assertThat(blank.json().path("errors").findValuesAsText("field")).as("la clé du formulaire").containsExactly("cancellationComment");
        Http.Response unknown = webapp(MANAGER).post(CANCEL, cancellationForm("AAE-1999-HDF-9999", "Erreur"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("message").asText()).contains("Opération").contains("AAE-1999-HDF-9999");
        assertThat(journey.status()).isEqualTo("RECRUITING");
        assertThat(instances("aae-operation-cancellation", reference)).isEmpty();

        assertThat(options(MANAGER, "aae-operation-cancellation", "operations"))
                .as("le formulaire propose l'opération").containsEntry(reference, reference + " — Musée des beaux-arts d'Arras");
        assertThat(webapp(COUNSELLOR).get("/camunda/api/engine/engine/default/process-definition/key/aae-operation-cancellation/form-variables")
                .status()).as("un conseiller ne lit pas la liste").isIn(403, 404);

        Http.Response started = webapp(MANAGER).post(CANCEL, form);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        runDueJobs();
        assertThat(options(MANAGER, "aae-operation-cancellation", "operations")).as("annulée, elle n'est plus proposée").doesNotContainKey(reference);
        JsonNode operation = as(COUNSELLOR).get("/api/operations/" + reference).expect(200).json();
        assertThat(operation.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(operation.path("cancellationReason").asText()).isEqualTo("MANAGER_DECISION");
        assertThat(operation.path("cancellationComment").asText()).isEqualTo("Fermeture du musée pour travaux");
        assertThat(operation.path("cancelledBy").asText()).isEqualTo(MANAGER);
        assertThat(as(ADMIN).get("/engine-rest/history/process-instance/" + instance).expect(200).json().path("state").asText())
                .isEqualTo("COMPLETED");
        assertThat(as(ADMIN).get("/engine-rest/task?processInstanceBusinessKey=" + reference).expect(200).json()).as("tâches closes").isEmpty();
        assertThat(as(COUNSELLOR).get("/api/operations/" + reference + "/cohort").expect(200).json().findValuesAsText("status"))
                .hasSize(3).containsOnly("CANCELLED");
        assertThat(Outbox.deliverDue(service)).as("la structure et les trois candidats invités").isEqualTo(4);
        List<JsonNode> trace = instances("aae-operation-cancellation", reference);
        assertThat(trace).hasSize(1);
        assertThat(trace.get(0).path("state").asText()).isEqualTo("COMPLETED");
        assertThat(trace.get(0).path("startUserId").asText()).isEqualTo(MANAGER);

        Http.Response again = webapp(MANAGER).post(CANCEL, form);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("message").asText()).contains("ne peut plus être annulée");
        assertThat(instances("aae-operation-cancellation", reference)).hasSize(1);
    }

    @Test
    void aCounsellorRecordsAWithdrawalFromTasklistForTheirAgencyOnly() throws Exception {
        Journey journey = scenario.journey(proposal(), COHORT, COUNSELLOR, MEDIATOR, MANAGER);
        String reference = journey.reference();
        journey.signConvention().buildCohort(11, 13).candidatesAccept();
        String participant = COHORT.franceTravailId(11);
        String form = withdrawalForm(reference, participant, "Reprise d'emploi");
        assertThat(cohort(reference).get(participant)).isEqualTo("ENROLLED");

        Http.Response otherAgency = webapp(OTHER_COUNSELLOR).post(WITHDRAW, form);
        assertThat(otherAgency.status()).as("conseiller d'une autre agence").isEqualTo(400);
        assertThat(otherAgency.json().path("message").asText()).contains("Opération").contains(reference);
        assertThat(webapp(MEDIATOR).post(WITHDRAW, form).status()).as("un médiateur").isIn(403, 404);
        assertThat(webapp(MANAGER).post(WITHDRAW, form).status()).as("Tasklist ne l'offre qu'aux conseillers").isIn(403, 404);
        assertThat(anonymous(WITHDRAW, form)).as("sans session").isIn(401, 403);
        Http.Response unknown = webapp(COUNSELLOR).post(WITHDRAW, withdrawalForm(reference, "0000000Z", "Reprise d'emploi"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("message").asText()).contains("Participant").contains("0000000Z");
        assertThat(unknown.json().path("errors").findValuesAsText("field")).as("la clé du formulaire").containsExactly("franceTravailId");
        assertThat(cohort(reference).get(participant)).isEqualTo("ENROLLED");
        assertThat(instances("aae-withdrawal", reference)).isEmpty();

        assertThat(options(COUNSELLOR, "aae-withdrawal", "operations")).containsEntry(reference, reference + " — Musée des beaux-arts d'Arras");
        assertThat(options(COUNSELLOR, "aae-withdrawal", "participants")).as("les participants, nommés pour leur conseiller")
                .containsEntry(participant, reference + " — TASKLISTACTION11 Prénom11").containsKey(COHORT.franceTravailId(13));
        assertThat(options(OTHER_COUNSELLOR, "aae-withdrawal", "operations")).doesNotContainKey(reference);
        assertThat(options(OTHER_COUNSELLOR, "aae-withdrawal", "participants")).doesNotContainKeys(participant, COHORT.franceTravailId(13));

        Http.Response started = webapp(COUNSELLOR).post(WITHDRAW, form);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(options(COUNSELLOR, "aae-withdrawal", "participants")).as("parti, il n'est plus proposé")
                .doesNotContainKey(participant).containsKey(COHORT.franceTravailId(13));
        JsonNode member = StreamSupport.stream(as(COUNSELLOR).get("/api/operations/" + reference + "/cohort").expect(200).json().spliterator(), false)
                .filter(each -> each.path("franceTravailId").asText().equals(participant)).findFirst().orElseThrow();
        assertThat(member.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(member.path("withdrawalReason").asText()).isEqualTo("Reprise d'emploi");
        assertThat(member.path("events").findValuesAsText("actor")).contains(COUNSELLOR);
        List<JsonNode> trace = instances("aae-withdrawal", reference);
        assertThat(trace).hasSize(1);
        assertThat(trace.get(0).path("state").asText()).isEqualTo("COMPLETED");

        Http.Response again = webapp(COUNSELLOR).post(WITHDRAW, form);
        assertThat(again.status()).isEqualTo(400);
        assertThat(instances("aae-withdrawal", reference)).hasSize(1);
    }

    private Proposal proposal() {
        return Proposal.of("ta-musee", "ta-arras", TODAY.plusDays(20)).workshops(TODAY.plusDays(20), 2).employerMeeting(TODAY.plusDays(60));
    }

    private static String cancellationForm(String reference, String reason) {
        return """
                {"variables": {"operationReference": {"value": "%s"}, "cancellationComment": {"value": "%s"}}}""".formatted(reference, reason);
    }

    private static String withdrawalForm(String reference, String franceTravailId, String reason) {
        return """
                {"variables": {"operationReference": {"value": "%s"}, "franceTravailId": {"value": "%s"}, "withdrawalReason": {"value": "%s"}}}"""
                .formatted(reference, franceTravailId, reason);
    }

    /** The options of a select of the process's start form, by value, as the user reads them in Tasklist. */
    private Map<String, String> options(String user, String process, String list) {
        JsonNode variable = webapp(user).get("/camunda/api/engine/engine/default/process-definition/key/" + process
                + "/form-variables?deserializeValues=false").json().path(list);
        assertThat(variable.path("type").asText()).as("%s de %s", list, process).isEqualTo("Json");
        return StreamSupport.stream(new Http.Response(200, variable.path("value").asText()).json().spliterator(), false)
                .collect(Collectors.toMap(option -> option.path("value").asText(), option -> option.path("label").asText()));
    }

    /** The definitions Tasklist lists under « Démarrer un processus » for the user. */
    private List<String> startable(String user) {
        JsonNode definitions = webapp(user).get("/camunda/api/engine/engine/default/process-definition?latest=true&active=true"
                + "&startableInTasklist=true&startablePermissionCheck=true").json();
        return StreamSupport.stream(definitions.spliterator(), false).map(each -> each.path("key").asText()).toList();
    }

    private List<JsonNode> instances(String key, String reference) {
        JsonNode found = as(ADMIN).get("/engine-rest/history/process-instance?processDefinitionKey=" + key + "&processInstanceBusinessKey="
                + reference).expect(200).json();
        return StreamSupport.stream(found.spliterator(), false).toList();
    }

    private Map<String, String> cohort(String reference) {
        return StreamSupport.stream(as(COUNSELLOR).get("/api/operations/" + reference + "/cohort").expect(200).json().spliterator(), false)
                .collect(Collectors.toMap(each -> each.path("franceTravailId").asText(), each -> each.path("status").asText()));
    }

    private WebappSession webapp(String user) {
        return WebappSession.login("http://localhost:" + port, user);
    }

    private int anonymous(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
