package fr.francetravail.aae.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.support.WebappSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start form « Proposer une opération » offers a counsellor their own agencies and the cultural structures of their
 * region, a manager every one (the lists Tasklist reads from the start form's variables); whoever submits another
 * agency or a structure of another region, through any door, is refused and nothing is started or written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationStartFormIT extends ServiceIT {

    private static final String COUNSELLOR = "sf-conseiller-arras";
    private static final String CAEN_COUNSELLOR = "sf-conseiller-caen";
    private static final String MANAGER = "sf-manager";
    private static final String MEDIATOR = "sf-mediateur";
    private static final String ARRAS = "sf-arras";
    private static final String CAEN = "sf-caen";
    private static final String ARRAS_MUSEUM = "sf-musee-arras";
    private static final String CAEN_MUSEUM = "sf-musee-caen";
    private static final String FORM_VARIABLES = "/camunda/api/engine/engine/default/process-definition/key/aae-operation/form-variables";
    private static final String SUBMIT = "/engine-rest/process-definition/key/aae-operation/submit-form";
    private static final String START = "/engine-rest/process-definition/key/aae-operation/start";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @LocalServerPort
    private int port;

    @BeforeAll
    void referenceData() {
        scenario(MANAGER).agency(Agency.of(ARRAS, "Arras SF")).agency(Agency.of(CAEN, "Caen SF").in("NOR"))
                .partner(Partner.of(ARRAS_MUSEUM, "Musée SF d'Arras", "62041700000002").in("HDF", "Arras"))
                .partner(Partner.of(CAEN_MUSEUM, "Musée SF de Caen", "14118700000007").in("NOR", "Caen"))
                .counsellor(COUNSELLOR, ARRAS).counsellor(CAEN_COUNSELLOR, CAEN).mediator(MEDIATOR, ARRAS_MUSEUM);
    }

    @Test
    void aCounsellorIsOfferedTheirAgencyAndItsRegionsStructures() {
        JsonNode lists = webapp(COUNSELLOR).get(FORM_VARIABLES + "?deserializeValues=false").expect(200).json();

        assertThat(values(lists, "agencies")).containsExactly(ARRAS);
        assertThat(options(lists, "agencies")).contains("France Travail Arras SF");
        assertThat(values(lists, "partners")).contains(ARRAS_MUSEUM).doesNotContain(CAEN_MUSEUM);
        assertThat(options(lists, "partners")).contains("Musée SF d'Arras — Arras");
        JsonNode caen = webapp(CAEN_COUNSELLOR).get(FORM_VARIABLES + "?deserializeValues=false").expect(200).json();
        assertThat(values(caen, "agencies")).containsExactly(CAEN);
        assertThat(values(caen, "partners")).contains(CAEN_MUSEUM).doesNotContain(ARRAS_MUSEUM);
    }

    @Test
    void aManagerIsOfferedEveryAgencyAndStructure() {
        JsonNode lists = as(MANAGER).get("/engine-rest/process-definition/key/aae-operation/form-variables?deserializeValues=false")
                .expect(200).json();

        assertThat(values(lists, "agencies")).contains(ARRAS, CAEN);
        assertThat(values(lists, "partners")).contains(ARRAS_MUSEUM, CAEN_MUSEUM);
    }

    /** A partner's mediator, who may not propose, reads the start form's lists as the engine gives them: empty. */
    @Test
    void aMediatorIsOfferedNothing() {
        JsonNode lists = webapp(MEDIATOR).get(FORM_VARIABLES + "?deserializeValues=false").expect(200).json();

        assertThat(values(lists, "agencies")).isEmpty();
        assertThat(values(lists, "partners")).isEmpty();
    }

    @Test
    void anotherAgencyOrAStructureOfAnotherRegionIsRefusedAndNothingStarts() {
        int operations = operationCount();
        Map<String, Integer> startedBefore = new HashMap<>();
        for (String user : List.of(COUNSELLOR, CAEN_COUNSELLOR, MEDIATOR)) {
            startedBefore.put(user, startedBy(user));
        }

        Http.Response otherAgency = as(CAEN_COUNSELLOR).post(SUBMIT, startForm(ARRAS_MUSEUM, ARRAS));
        assertThat(otherAgency.status()).as(otherAgency.body()).isEqualTo(400);
        assertThat(otherAgency.json().path("errors").findValuesAsText("field")).containsExactly("agencyCode");
        assertThat(otherAgency.json().path("message").asText()).contains("Agence France Travail").contains("vous n'êtes pas rattaché(e)");

        Http.Response otherRegion = as(COUNSELLOR).post(SUBMIT, startForm(CAEN_MUSEUM, ARRAS));
        assertThat(otherRegion.status()).as(otherRegion.body()).isEqualTo(400);
        assertThat(otherRegion.json().path("errors").findValuesAsText("field")).containsExactly("partnerSlug");
        assertThat(otherRegion.json().path("message").asText()).contains("Structure culturelle").contains("Normandie")
                .contains("hors de la région de l'agence (Hauts-de-France)");

        Http.Response started = as(CAEN_COUNSELLOR).post(START, startForm(ARRAS_MUSEUM, ARRAS));
        assertThat(started.status()).as(started.body()).isEqualTo(400);
        assertThat(started.json().path("errors").findValuesAsText("field")).containsExactly("agencyCode");
        Http.Response webapp = webapp(CAEN_COUNSELLOR).post(
                "/camunda/api/engine/engine/default/process-definition/key/aae-operation/submit-form", startForm(ARRAS_MUSEUM, ARRAS));
        assertThat(webapp.status()).as(webapp.body()).isEqualTo(400);

        Http.Response mediator = as(MEDIATOR).post(SUBMIT, startForm(ARRAS_MUSEUM, ARRAS));
        assertThat(mediator.status()).as("un médiateur : %s", mediator.body()).isEqualTo(403);
        assertThat(mediator.body()).contains("\"status\":403");

        assertThat(operationCount()).as("aucune opération enregistrée").isEqualTo(operations);
        for (String user : List.of(COUNSELLOR, CAEN_COUNSELLOR, MEDIATOR)) {
            assertThat(startedBy(user)).as("aucune instance démarrée par %s", user).isEqualTo(startedBefore.get(user));
        }
    }

    @Test
    void theCounsellorsOwnChoiceStarts() {
        Http.Response started = as(COUNSELLOR).post(SUBMIT, startForm(ARRAS_MUSEUM, ARRAS));

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().path("businessKey").asText()).startsWith("AAE-" + TODAY.getYear() + "-HDF-");
    }

    /**
     * A counsellor of Arras who adds another region's reference (or one naming no region) to the start: the operation and
     * its instance are in the region of their agency, whose managers alone see it; the reference is the service's.
     */
    @Test
    void aForgedReferenceDoesNotMoveTheOperationToAnotherRegion() {
        for (String forged : List.of("AAE-2026-ARA-0001", "AAE-2026-XXX-0001")) {
            String body = startForm(ARRAS_MUSEUM, ARRAS).replace("\"agencyCode\"", "\"operationReference\": {\"value\": \"%s\"}, \"agencyCode\"".formatted(forged));
            Http.Response started = as(COUNSELLOR).post(START, body);

            assertThat(started.status()).as(started.body()).isEqualTo(200);
            JsonNode instance = as(ADMIN).get("/engine-rest/process-instance/" + started.json().path("id").asText()).expect(200).json();
            assertThat(instance.path("tenantId").asText()).as("région de l'instance avec la référence %s", forged).isEqualTo("HDF");
            assertThat(instance.path("businessKey").asText()).startsWith("AAE-" + TODAY.getYear() + "-HDF-");
        }
    }

    /** The start form as Tasklist submits it, dates on a weekend or a public holiday confirmed. */
    private static String startForm(String partner, String agency) {
        LocalDate first = TODAY.plusDays(30);
        return """
                {"variables": {
                  "partnerSlug": {"value": "%s"}, "agencyCode": {"value": "%s"},
                  "venue": {"value": "Salle des fêtes"}, "discipline": {"value": "THEATRE"},
                  "firstWorkshopDate": {"value": "%s"}, "workshopCount": {"value": 2}, "workshopIntervalDays": {"value": 7},
                  "employerMeetingDate": {"value": "%s"}, "targetGroupSize": {"value": 10},
                  "nonWorkingDaysConfirmed": {"value": true}}}
                """.formatted(partner, agency, first, first.plusDays(20));
    }

    private int startedBy(String user) {
        return as(ADMIN).get("/engine-rest/history/process-instance?processDefinitionKey=aae-operation&startedBy=" + user).expect(200).json().size();
    }

    private int operationCount() {
        return as(MANAGER).get("/api/operations").expect(200).json().size();
    }

    /** The values of a select's options, as the start form variable {@code name} lists them. */
    private static List<String> values(JsonNode variables, String name) {
        return field(variables, name, "value");
    }

    private static List<String> options(JsonNode variables, String name) {
        return field(variables, name, "label");
    }

    private static List<String> field(JsonNode variables, String name, String field) {
        JsonNode variable = variables.path(name);
        assertThat(variable.path("type").asText()).as("%s : %s", name, variables).isEqualTo("Json");
        JsonNode list = new Http.Response(200, variable.path("value").asText()).json();
        return StreamSupport.stream(list.spliterator(), false).map(option -> option.path(field).asText()).toList();
    }

    private WebappSession webapp(String user) {
        return WebappSession.login("http://localhost:" + port, user);
    }
}
