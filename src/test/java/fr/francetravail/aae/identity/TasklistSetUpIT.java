package fr.francetravail.aae.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.ServiceIT;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the features declare of their processes reaches Tasklist: the filters' columns, the definitions a group reads, who starts what. */
class TasklistSetUpIT extends ServiceIT {

    @Autowired
    private FilterService filters;
    @Autowired
    private TaskService tasks;
    @Autowired
    private IdentityBootstrap bootstrap;

    @Test
    void sharedFiltersShowTheDeclaredColumnsInOrder() {
        JsonNode filters = as(ADMIN).get("/engine-rest/filter?resourceType=Task&itemCount=false").expect(200).json();
        List<JsonNode> shared = StreamSupport.stream(filters.spliterator(), false)
                .filter(filter -> List.of("À faire", "En retard", "Mes opérations").contains(filter.path("name").asText())).toList();
        assertThat(shared).hasSize(3);
        for (JsonNode filter : shared) {
            assertThat(filter.path("properties").path("variables").findValuesAsText("label")).as(filter.path("name").asText())
                    .containsExactly("Opération", "Structure culturelle", "Lieu", "Demandeur d'emploi");
            assertThat(filter.path("properties").path("variables").findValuesAsText("name"))
                    .containsExactly("operationReference", "partnerName", "venue", "franceTravailId");
        }
    }

    @Test
    void theSharedFiltersOfEarlierVersionsAreRemovedAndPersonalOnesKept() {
        Filter shared = filters.newTaskFilter("Tâches de mon groupe").setOwner(null).setQuery(tasks.createTaskQuery());
        Filter personal = filters.newTaskFilter("Mes tâches").setOwner(ADMIN).setQuery(tasks.createTaskQuery());
        Filter ownLate = filters.newTaskFilter("En retard").setOwner(ADMIN).setQuery(tasks.createTaskQuery().taskName("à moi"));
        filters.saveFilter(shared);
        filters.saveFilter(personal);
        filters.saveFilter(ownLate);

        bootstrap.setUp();

        assertThat(filters.getFilter(shared.getId())).as("filtre partagé d'une version précédente").isNull();
        assertThat(filters.getFilter(personal.getId())).as("filtre personnel du même nom").isNotNull();
        assertThat(filters.getFilter(ownLate.getId())).as("filtre personnel au nom d'un filtre partagé, laissé tel quel")
                .extracting(Filter::getOwner, filter -> filter.getProperties().get("description")).containsExactly(ADMIN, null);
        filters.deleteFilter(ownLate.getId());
        assertThat(filters.createFilterQuery().list().stream().filter(filter -> filter.getOwner() == null).map(Filter::getName))
                .contains("À faire", "En retard", "Mes opérations").doesNotContain("Tâches de mon groupe", "Mes tâches");
        filters.deleteFilter(personal.getId());
    }

    @Test
    void aPartnerGroupReadsTheDeclaredTasklistProcessesOnly() {
        createUser("ts-manager", "managers");
        as("ts-manager").post("/api/partners", """
                {"slug": "ts-scene", "name": "Scène de Tasklist", "siret": "44300000000010", "type": "THEATRE", "region": "HDF",
                 "city": "Arras", "contactName": "Accueil", "contactEmail": "accueil@scene.example"}""").expect(201);
        createUser("ts-mediateur", "partenaire-ts-scene");

        JsonNode definitions = as("ts-mediateur").get("/engine-rest/process-definition?latestVersion=true").expect(200).json();
        assertThat(definitions.findValuesAsText("key"))
                .containsExactlyInAnyOrder("aae-operation", "aae-partnership", "aae-enrolment", "aae-outcome-follow-up");
    }

    @Test
    void eachGroupStartsItsOwnProcessesAndNoOther() {
        assertThat(startableBy("conseillers")).containsExactlyInAnyOrder("aae-operation", "aae-withdrawal");
        assertThat(startableBy("managers")).containsExactly("aae-operation-cancellation");
        assertThat(startableBy("afdas")).isEmpty();
    }

    private List<String> startableBy(String group) {
        JsonNode grants = as(ADMIN).get("/engine-rest/authorization?groupIdIn=" + group + "&resourceType=6").expect(200).json();
        return StreamSupport.stream(grants.spliterator(), false)
                .filter(grant -> grant.path("permissions").toString().contains("CREATE_INSTANCE"))
                .map(grant -> grant.path("resourceId").asText()).filter(key -> key.startsWith("aae-")).toList();
    }
}
