package fr.francetravail.aae.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Regions as an enforced scope: an operation of Hauts-de-France (A) and one of Auvergne-Rhône-Alpes (B), each waiting for
 * its manager's signature. A manager and an observer of Hauts-de-France, through {@code /api}, {@code /engine-rest} and the
 * indicators, see and change nothing of B; national steering sees both and acts on neither.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionIsolationIT extends ServiceIT {

    private static final String MANAGER_A = "rg-manager-hdf";
    private static final String MANAGER_B = "rg-manager-ara";
    private static final String OBSERVER_A = "rg-drac-hdf";
    private static final String NATIONAL = "rg-national";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    private String operationA;
    private String operationB;

    @BeforeAll
    void twoRegionsEachWithAnOperationAtTheSignature() {
        var scenario = scenario("rg-referent").agency(Agency.of("rg-arras", "Arras")).agency(Agency.of("rg-lyon", "Lyon").in("ARA"))
                .partner(Partner.of("rg-musee-arras", "Musée des Beaux-Arts d'Arras", "59015000000008"))
                .partner(Partner.of("rg-musee-lyon", "Musée des Confluences", "69015000000006").in("ARA", "Lyon"))
                .counsellor("rg-conseiller-hdf", "rg-arras").counsellor("rg-conseiller-ara", "rg-lyon")
                .mediator("rg-mediateur-hdf", "rg-musee-arras").mediator("rg-mediateur-ara", "rg-musee-lyon")
                .userIn("HDF", MANAGER_A, "managers").userIn("ARA", MANAGER_B, "managers").userIn("HDF", OBSERVER_A, "observateurs")
                .user(NATIONAL, "pilotage-national");
        operationA = scenario.propose("rg-conseiller-hdf", Proposal.of("rg-musee-arras", "rg-arras", TODAY.plusDays(30))).reference();
        operationB = scenario.propose("rg-conseiller-ara", Proposal.of("rg-musee-lyon", "rg-lyon", TODAY.plusDays(30))).reference();
        untilSignature(operationA, as("rg-conseiller-hdf"), as("rg-mediateur-hdf"));
        untilSignature(operationB, as("rg-conseiller-ara"), as("rg-mediateur-ara"));
    }

    @Test
    void everyInstanceTaskJobAndDecisionOfAnOperationBelongsToItsRegion() {
        assertThat(operationA).contains("-HDF-");
        assertThat(operationB).contains("-ARA-");
        JsonNode instances = as(ADMIN).get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + operationB).expect(200).json();
        assertThat(instances.findValuesAsText("processDefinitionKey")).contains("aae-operation", "aae-partnership");
        assertThat(instances.findValuesAsText("tenantId")).containsOnly("ARA");
        assertThat(as(ADMIN).get("/engine-rest/task?processInstanceBusinessKey=" + operationB).expect(200).json().findValuesAsText("tenantId"))
                .containsExactly("ARA");
        assertThat(jobsOf(as(ADMIN), operationB).findValuesAsText("tenantId")).isNotEmpty().containsOnly("ARA");
        assertThat(decisionsOf(as(ADMIN), operationB).findValuesAsText("tenantId")).isNotEmpty().containsOnly("ARA");
    }

    @Test
    void aRegionalManagerSeesNothingOfAnotherRegionThroughTheEngine() {
        Http manager = as(MANAGER_A);
        assertThat(tasks(manager, operationA, "Task_SignConvention")).hasSize(1);
        assertThat(tasks(manager, operationB, "Task_SignConvention")).isEmpty();
        assertThat(manager.get("/engine-rest/process-instance?businessKey=" + operationA).expect(200).json()).isNotEmpty();
        assertThat(manager.get("/engine-rest/process-instance?businessKey=" + operationB).expect(200).json()).isEmpty();
        assertThat(manager.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + operationB).expect(200).json()).isEmpty();
        assertThat(manager.get("/engine-rest/history/task?processInstanceBusinessKey=" + operationB).expect(200).json()).isEmpty();
        assertThat(jobsOf(manager, operationB)).isEmpty();
        assertThat(decisionsOf(manager, operationB)).isEmpty();
        assertThat(as(MANAGER_B).get("/engine-rest/process-instance?businessKey=" + operationB).expect(200).json()).isNotEmpty();
    }

    @Test
    void anotherRegionsIncidentIsSeenByItsRegionAndNationalSteeringOnly() {
        JsonNode signature = as(ADMIN).get("/engine-rest/execution?businessKey=" + operationB + "&activityId=Task_SignConvention").expect(200).json().get(0);
        String instance = signature.path("processInstanceId").asText();
        JsonNode incident = as(ADMIN).post("/engine-rest/execution/" + signature.path("id").asText() + "/create-incident",
                "{\"incidentType\": \"rg-test\", \"configuration\": \"rg\", \"message\": \"incident de test\"}").expect(200).json();
        try {
            String query = "/engine-rest/incident?processInstanceId=" + instance;
            assertThat(as(MANAGER_A).get(query).expect(200).json()).isEmpty();
            assertThat(as(MANAGER_A).get("/engine-rest/history/incident?processInstanceId=" + instance).expect(200).json()).isEmpty();
            assertThat(as(MANAGER_B).get(query).expect(200).json()).hasSize(1);
            assertThat(as(NATIONAL).get(query).expect(200).json().findValuesAsText("tenantId")).containsExactly("ARA");
        } finally {
            as(ADMIN).send("DELETE", "/engine-rest/incident/" + incident.path("id").asText(), null).expect(204);
        }
    }

    @Test
    void aRegionalManagerChangesNothingOfAnotherRegion() {
        String taskB = singleTask(as(MANAGER_B), operationB, "Task_SignConvention");
        Http manager = as(MANAGER_A);

        manager.post("/engine-rest/task/" + taskB + "/claim", "{\"userId\": \"" + MANAGER_A + "\"}").expect(404);
        manager.post("/engine-rest/task/" + taskB + "/complete", "{\"variables\": {\"signatureConfirmed\": {\"value\": true}}}").expect(404);
        manager.post("/engine-rest/task/" + taskB + "/submit-form", "{\"variables\": {\"signatureConfirmed\": {\"value\": true}}}").expect(404);
        manager.get("/engine-rest/task/" + taskB).expect(404);
        manager.post("/engine-rest/message", "{\"messageName\": \"OperationCancelled\", \"businessKey\": \"" + operationB + "\"}").expect(400);
        manager.post("/api/operations/" + operationB + "/cancellation", "{\"reason\": \"Le musée ferme pour travaux\"}").expect(404);

        JsonNode task = as(ADMIN).get("/engine-rest/task/" + taskB).expect(200).json();
        assertThat(task.path("assignee").isNull()).as("tâche de B non prise").isTrue();
        assertThat(as(ADMIN).get("/api/operations/" + operationB).expect(200).json().path("status").asText()).isEqualTo("PARTNERSHIP");
        assertThat(as(ADMIN).get("/engine-rest/process-instance?businessKey=" + operationB + "&processDefinitionKey=aae-operation")
                .expect(200).json()).hasSize(1);
    }

    @Test
    void aRegionalManagerReadsOnlyTheirRegionThroughTheApi() {
        Http manager = as(MANAGER_A);
        assertThat(manager.get("/api/operations").expect(200).json().findValuesAsText("reference")).contains(operationA).doesNotContain(operationB);
        manager.get("/api/operations/" + operationA).expect(200);
        for (String path : List.of("", "/fiche", "/convention", "/payment", "/cohort", "/workshops", "/outcomes", "/surveys", "/employers")) {
            manager.get("/api/operations/" + operationB + path).expect(404);
        }
        manager.get("/api/operations/" + operationA + "/fiche").expect(200);
    }

    @Test
    void indicatorsStayWithinTheViewersRegions() {
        for (String user : List.of(MANAGER_A, OBSERVER_A)) {
            JsonNode own = as(user).get("/api/kpis").expect(200).json();
            assertThat(own.path("scope").path("level").asText()).as(user).isEqualTo("REGION");
            assertThat(own.path("scope").path("region").asText()).as(user).isEqualTo("HDF");
            as(user).get("/api/kpis?region=ARA").expect(403);
            as(user).get("/api/kpis?agency=rg-lyon").expect(404);
            as(user).get("/api/kpis.csv?region=ARA").expect(403);
            as(user).get("/api/kpis?operation=" + operationB).expect(404);
            assertThat(as(user).get("/api/kpis?agency=rg-arras").expect(200).json().path("scope").path("agency").asText()).isEqualTo("rg-arras");
        }
        JsonNode national = as(NATIONAL).get("/api/kpis").expect(200).json();
        assertThat(national.path("scope").path("level").asText()).isEqualTo("NATIONAL");
        assertThat(national.path("children").findValuesAsText("key")).contains("HDF", "ARA");
        as(NATIONAL).get("/api/kpis?region=ARA").expect(200);
    }

    @Test
    void anObserverSeesNoOperationNorAnythingPersonal() {
        Http observer = as(OBSERVER_A);
        assertThat(observer.get("/api/operations").expect(200).json()).isEmpty();
        observer.get("/api/operations/" + operationA).expect(404);
        observer.get("/api/operations/" + operationA + "/fiche").expect(403);
        observer.get("/api/operations/" + operationA + "/cohort").expect(404);
        observer.get("/api/kpis?operation=" + operationA).expect(404);
        assertThat(observer.get("/engine-rest/process-instance?businessKey=" + operationA).expect(200).json()).isEmpty();
        assertThat(observer.get("/engine-rest/task?processInstanceBusinessKey=" + operationA).expect(200).json()).isEmpty();
        assertThat(observer.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + operationA).expect(200).json()).isEmpty();
        observer.post("/api/operations/" + operationA + "/cancellation", "{\"reason\": \"Le musée ferme pour travaux\"}").expect(403);
    }

    @Test
    void nationalSteeringSeesBothRegionsAndSignsNeither() {
        Http national = as(NATIONAL);
        assertThat(national.get("/api/operations").expect(200).json().findValuesAsText("reference")).contains(operationA, operationB);
        for (String reference : List.of(operationA, operationB)) {
            national.get("/api/operations/" + reference + "/fiche").expect(200);
            assertThat(national.get("/engine-rest/process-instance?businessKey=" + reference).expect(200).json()).isNotEmpty();
            assertThat(national.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference).expect(200).json()).isNotEmpty();
            assertThat(tasks(national, reference, "Task_SignConvention")).as("pas candidat à la signature").isEmpty();
        }
        national.post("/api/operations/" + operationB + "/cancellation", "{\"reason\": \"Le musée ferme pour travaux\"}").expect(403);
    }

    /** Drafted by the counsellor and accepted by the mediator: the convention waits for a manager's signature. */
    private void untilSignature(String reference, Http counsellor, Http mediator) {
        counsellor.post("/engine-rest/task/" + singleTask(counsellor, reference, "Task_DraftConvention") + "/complete", """
                {"variables": {"conventionObjectives": {"value": "Remobiliser par la culture."},
                 "conventionWorkshopPlan": {"value": "Des ateliers dans les salles de la structure."}}}""").expect(204);
        mediator.post("/engine-rest/task/" + singleTask(mediator, reference, "Task_ReviewConvention") + "/complete",
                "{\"variables\": {\"partnerDecision\": {\"value\": \"ACCEPTED\"}}}").expect(204);
    }

    private String rootInstanceOf(String reference) {
        return as(ADMIN).get("/engine-rest/process-instance?businessKey=" + reference + "&processDefinitionKey=aae-operation")
                .expect(200).json().get(0).path("id").asText();
    }

    /** The jobs of the operation's processes (its inactivity timer among them), as the user sees them. */
    private JsonNode jobsOf(Http user, String reference) {
        return user.get("/engine-rest/job?processInstanceId=" + rootInstanceOf(reference)).expect(200).json();
    }

    /** The decisions its convention's process evaluated (the lump sum), as the user sees them. */
    private JsonNode decisionsOf(Http user, String reference) {
        String partnership = as(ADMIN).get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference
                + "&processDefinitionKey=aae-partnership").expect(200).json().get(0).path("id").asText();
        return user.get("/engine-rest/history/decision-instance?processInstanceId=" + partnership).expect(200).json();
    }
}
