package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.support.WebappSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner's mediator and a counsellor try to make the server evaluate an expression of their own in a task query or
 * a filter, through every door: refused with a 400, and the expression (which would set a system property of this very
 * JVM through a Spring bean) was never evaluated. The seeded Tasklist filters and a date expression keep working.
 * Signals: refused to everyone but the administrators, and nothing moves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryExpressionAttackIT extends ServiceIT {

    private static final String MEDIATOR = "qe-mediateur";
    private static final String COUNSELLOR = "qe-conseiller";
    private static final String MANAGER = "qe-manager";
    private static final String PARTNER_GROUP = "partenaire-qe-musee";
    private static final String REFUSAL = "expression interdite dans une requête de tâches";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private AuthorizationService authorizations;

    @BeforeAll
    void users() {
        scenario(MANAGER).agency(Agency.of("qe-lens", "Lens QE"))
                .partner(Partner.of("qe-musee", "Musée QE", "77700000000029").contact("Médiation", "mediation@qe.example"))
                .mediator(MEDIATOR, "qe-musee").counsellor(COUNSELLOR, "qe-lens");
    }

    /** An expression that, once evaluated, sets the system property: observable from this test, in the same JVM. */
    private static String payload(String property) {
        return "${environment.getSystemProperties().put('" + property + "', 'evalue')}";
    }

    private static String orQuery(String property) {
        return "{\"orQueries\": [{\"assigneeExpression\": \"" + payload(property) + "\"}]}";
    }

    @Test
    void expressionsOfAMediatorOrACounsellorAreRefusedOnEveryDoorAndNeverEvaluated() {
        String seededFilter = filterId(as(MEDIATOR), "À faire");
        List<String> properties = new ArrayList<>();
        for (String user : List.of(MEDIATOR, COUNSELLOR)) {
            Http client = as(user);
            WebappSession webapp = WebappSession.login(baseUrl(), user);
            Map<String, Function<String, Http.Response>> doors = new LinkedHashMap<>();
            doors.put("task", property -> client.post("/engine-rest/task", orQuery(property)));
            doors.put("task-count", property -> client.post("/engine-rest/task/count", orQuery(property)));
            doors.put("filter-list", property -> client.post("/engine-rest/filter/" + seededFilter + "/list", orQuery(property)));
            doors.put("filter-count", property -> client.post("/engine-rest/filter/" + seededFilter + "/count", orQuery(property)));
            doors.put("webapp-task", property -> webapp.post("/camunda/api/engine/engine/default/task", orQuery(property)));
            doors.put("webapp-task-count", property -> webapp.post("/camunda/api/engine/engine/default/task/count", orQuery(property)));
            doors.put("webapp-filter-list", property -> webapp.post("/camunda/api/engine/engine/default/filter/" + seededFilter + "/list",
                    orQuery(property)));
            doors.forEach((door, send) -> {
                String property = "aae.qe." + user + "." + door;
                properties.add(property);
                Http.Response answer = send.apply(property);
                assertThat(answer.status()).as("%s as %s: %s", door, user, answer.body()).isEqualTo(400);
                assertThat(answer.body()).as(door).contains(REFUSAL);
            });
            String topLevel = "aae.qe." + user + ".top-level";
            properties.add(topLevel);
            client.post("/engine-rest/task", "{\"assigneeExpression\": \"" + payload(topLevel) + "\"}").expect(400);
        }
        assertThat(properties).allSatisfy(property -> assertThat(System.getProperty(property)).as(property).isNull());
    }

    @Test
    void aFilterWithAForbiddenExpressionIsNeitherSavedNorRun() {
        Http admin = as(ADMIN);
        long filters = filterCount();
        Http.Response refused = admin.post("/engine-rest/filter/create", """
                {"resourceType": "Task", "name": "qe-piege", "query": %s}""".formatted(orQuery("aae.qe.filter-create")));
        refused.expect(400);
        assertThat(refused.body()).contains(REFUSAL);
        admin.post("/engine-rest/filter/create", """
                {"resourceType": "Task", "name": "qe-piege", "query": {"dueBeforeExpression": "%s"}}"""
                .formatted(payload("aae.qe.filter-top"))).expect(400);
        as(MEDIATOR).post("/engine-rest/filter/create", """
                {"resourceType": "Task", "name": "qe-piege", "query": {"assigneeExpression": "${currentUser()}"}}""").expect(403);
        assertThat(filterCount()).isEqualTo(filters);

        // a filter stored with an allowed expression, then changed behind the engine's back
        String id = admin.post("/engine-rest/filter/create", """
                {"resourceType": "Task", "name": "qe-altere", "query": {"orQueries": [{"assigneeExpression": "${currentUser()}"}]}}""")
                .expect(200).json().path("id").asText();
        admin.post("/engine-rest/filter/" + id + "/list", "{}").expect(200);
        jdbc.update("update act_ru_filter set query_ = replace(query_, '${currentUser()}', ?) where id_ = ?", payload("aae.qe.stored"), id);
        Http.Response tampered = admin.post("/engine-rest/filter/" + id + "/list", "{}");
        tampered.expect(400);
        assertThat(tampered.body()).contains(REFUSAL);
        admin.get("/engine-rest/filter/" + id + "/count").expect(400);

        assertThat(System.getProperty("aae.qe.filter-create")).isNull();
        assertThat(System.getProperty("aae.qe.filter-top")).isNull();
        assertThat(System.getProperty("aae.qe.stored")).isNull();
    }

    @Test
    void theSeededFiltersAndDateExpressionsStillWork() {
        Http admin = as(ADMIN);
        String assigned = "qe-assigned-" + System.nanoTime();
        String offered = "qe-offered-" + System.nanoTime();
        admin.post("/engine-rest/task/create", "{\"id\": \"%s\", \"name\": \"QE assignée\", \"assignee\": \"%s\"}".formatted(assigned, MEDIATOR))
                .expect(204);
        admin.post("/engine-rest/task/create", "{\"id\": \"%s\", \"name\": \"QE à prendre\"}".formatted(offered)).expect(204);
        admin.post("/engine-rest/task/" + offered + "/identity-links", "{\"groupId\": \"%s\", \"type\": \"candidate\"}".formatted(PARTNER_GROUP))
                .expect(204);

        String colleagues = "qe-colleagues-" + System.nanoTime();
        String overdue = "qe-overdue-" + System.nanoTime();
        admin.post("/engine-rest/task/create", "{\"id\": \"%s\", \"name\": \"QE prise par un collègue\", \"assignee\": \"qe-collegue\"}"
                .formatted(colleagues)).expect(204);
        admin.post("/engine-rest/task/" + colleagues + "/identity-links", "{\"groupId\": \"%s\", \"type\": \"candidate\"}".formatted(PARTNER_GROUP))
                .expect(204);
        admin.post("/engine-rest/task/create", "{\"id\": \"%s\", \"name\": \"QE en retard\", \"due\": \"%s\"}".formatted(overdue, inDays(-1)))
                .expect(204);
        admin.post("/engine-rest/task/" + overdue + "/identity-links", "{\"groupId\": \"%s\", \"type\": \"candidate\"}".formatted(PARTNER_GROUP))
                .expect(204);

        Http mediator = as(MEDIATOR);
        List<String> toDo = ids(mediator.post("/engine-rest/filter/" + filterId(mediator, "À faire") + "/list", "{}").expect(200).json());
        assertThat(toDo).as("à faire : les miennes et celles du groupe que personne n'a prises").contains(assigned, offered, overdue)
                .doesNotContain(colleagues);
        assertThat(ids(mediator.post("/engine-rest/filter/" + filterId(mediator, "En retard") + "/list", "{}").expect(200).json()))
                .contains(overdue).doesNotContain(assigned, offered, colleagues);
        assertThat(ids(mediator.post("/engine-rest/filter/" + filterId(mediator, "Mes opérations") + "/list", "{}").expect(200).json()))
                .contains(assigned, offered, overdue, colleagues);
        assertThat(mediator.get("/engine-rest/filter/" + filterId(mediator, "À faire") + "/count").expect(200).json().path("count").asInt())
                .as("le nombre affiché à côté du filtre").isEqualTo(toDo.size());
        Http counsellor = as(COUNSELLOR);
        for (String filter : List.of("À faire", "En retard", "Mes opérations")) {
            assertThat(ids(counsellor.post("/engine-rest/filter/" + filterId(counsellor, filter) + "/list", "{}").expect(200).json()))
                    .as(filter).doesNotContain(assigned, offered, overdue, colleagues);
        }

        String soon = "qe-soon-" + System.nanoTime();
        String later = "qe-later-" + System.nanoTime();
        admin.post("/engine-rest/task/create", "{\"id\": \"%s\", \"name\": \"qe-due bientôt\", \"due\": \"%s\"}".formatted(soon, inDays(1))).expect(204);
        admin.post("/engine-rest/task/create", "{\"id\": \"%s\", \"name\": \"qe-due plus tard\", \"due\": \"%s\"}".formatted(later, inDays(5))).expect(204);
        String dated = admin.post("/engine-rest/filter/create", """
                {"resourceType": "Task", "name": "qe-echeance", "query": {"nameLike": "qe-due%",
                 "dueBeforeExpression": "${ dateTime().plusDays(2).toDate() }"}}""").expect(200).json().path("id").asText();
        assertThat(ids(admin.post("/engine-rest/filter/" + dated + "/list", "{}").expect(200).json())).containsExactly(soon);
        assertThat(ids(admin.post("/engine-rest/filter/" + dated + "/list", """
                {"orQueries": [{"dueBeforeExpression": "${dateTime().minusDays(1)}", "dueAfterExpression": "${now()}"}]}""")
                .expect(200).json())).containsExactly(soon);
    }

    @Test
    void onlyAdministratorsMaySendSignalsAndARefusedSignalMovesNothing() {
        repository.createDeployment().name("qe-signals").addModelInstance("qe-signals.bpmn",
                Bpmn.createExecutableProcess("qe-signals").camundaHistoryTimeToLive(1)
                        .startEvent().signal("qe-demarrer")
                        .intermediateCatchEvent().signal("qe-avancer")
                        .endEvent().done()).deploy();
        // the counsellor may start this process: without the rule, their signal would start one
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("conseillers");
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId("qe-signals");
        grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(grant);
        runtime.signalEventReceived("qe-demarrer");
        assertThat(instances()).isEqualTo(1);

        for (String user : List.of(MEDIATOR, COUNSELLOR, MANAGER)) {
            for (String signal : List.of("qe-demarrer", "qe-avancer", "qe-inconnu")) {
                Http.Response refused = as(user).post("/engine-rest/signal", "{\"name\": \"%s\"}".formatted(signal));
                refused.expect(403);
                assertThat(refused.json().path("detail").asText()).isEqualTo("Votre profil ne permet pas cette action");
            }
        }
        Http.Response webapp = WebappSession.login(baseUrl(), COUNSELLOR).post("/camunda/api/engine/engine/default/signal", "{\"name\": \"qe-demarrer\"}");
        assertThat(webapp.status()).as(webapp.body()).isEqualTo(403);
        assertThat(instances()).isEqualTo(1);
        assertThat(waiting()).isEqualTo(1);

        as(ADMIN).post("/engine-rest/signal", "{\"name\": \"qe-demarrer\"}").expect(204);
        assertThat(instances()).isEqualTo(2);
        as(ADMIN).post("/engine-rest/signal", "{\"name\": \"qe-avancer\"}").expect(204);
        assertThat(waiting()).isZero();
    }

    private long instances() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("qe-signals").count();
    }

    private long waiting() {
        return runtime.createExecutionQuery().processDefinitionKey("qe-signals").signalEventSubscriptionName("qe-avancer").count();
    }

    private long filterCount() {
        return jdbc.queryForObject("select count(*) from act_ru_filter", Long.class);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static String inDays(int days) {
        return OffsetDateTime.now().plusDays(days).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    }

    private static String filterId(Http user, String name) {
        JsonNode filters = user.get("/engine-rest/filter?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .expect(200).json();
        assertThat(filters).as("filtre %s", name).hasSize(1);
        return filters.get(0).path("id").asText();
    }

    private static List<String> ids(JsonNode tasks) {
        return StreamSupport.stream(tasks.spliterator(), false).map(task -> task.path("id").asText()).toList();
    }
}
