package fr.francetravail.aae.cohort;

import fr.francetravail.aae.platform.EngineSystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of the DMN table {@code priority-publics} (so a business user's change to the
 * table applies at the next deployment) in a standalone DMN engine: the candidate's age, registration, RSA, QPV and
 * disability facts would otherwise be written to the engine's decision history.
 */
@Component
class DeployedPriorityPublicsTable implements PriorityPublicsRule {

    static final String DECISION_KEY = "priority-publics";
    static final String OUTPUT = "priorityPublic";

    private final RepositoryService repository;
    private final EngineSystem system;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsedByDefinitionId = new ConcurrentHashMap<>();

    DeployedPriorityPublicsTable(RepositoryService repository, EngineSystem system) {
        this.repository = repository;
        this.system = system;
    }

    @Override
    public List<String> publicsOf(PriorityProfile profile) {
        Map<String, Object> facts = Map.of(
                "registrationMonths", profile.registrationMonths(),
                "age", profile.age(),
                "rsaBeneficiary", profile.rsaBeneficiary(),
                "qpvResident", profile.qpvResident(),
                "recognisedDisability", profile.recognisedDisability());
        return dmn.evaluateDecisionTable(system.call(this::latestTable), facts).collectEntries(OUTPUT);
    }

    private DmnDecision latestTable() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("La table de décision " + DECISION_KEY + " n'est pas déployée");
        }
        return parsedByDefinitionId.computeIfAbsent(definition.getId(), id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                return dmn.parseDecision(DECISION_KEY, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
