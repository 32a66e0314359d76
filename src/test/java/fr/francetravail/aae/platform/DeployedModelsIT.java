package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.francetravail.aae.support.ServiceIT;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the service deploys at start-up: every model, and a Camunda Form behind every {@code camunda:formRef}. */
class DeployedModelsIT extends ServiceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private RepositoryService repository;
    @Autowired
    private FormService forms;

    @Test
    void everyFormRefOfEveryModelResolvesToADeployedForm() throws IOException {
        List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(processes).extracting(ProcessDefinition::getKey).contains("aae-operation", "aae-partnership");

        Set<String> deployedForms = new HashSet<>();
        for (String deployment : processes.stream().map(ProcessDefinition::getDeploymentId).distinct().toList()) {
            for (String resource : repository.getDeploymentResourceNames(deployment)) {
                if (resource.endsWith(".form")) {
                    try (InputStream form = repository.getResourceAsStream(deployment, resource)) {
                        deployedForms.add(JSON.readTree(form).path("id").asText());
                    }
                }
            }
        }

        Set<String> formRefs = new HashSet<>();
        for (ProcessDefinition process : processes) {
            var model = repository.getBpmnModelInstance(process.getId());
            List<String> startFormRefs = model.getModelElementsByType(StartEvent.class).stream()
                    .map(StartEvent::getCamundaFormRef).filter(Objects::nonNull).toList();
            formRefs.addAll(startFormRefs);
            model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef).filter(Objects::nonNull)
                    .forEach(formRefs::add);
            if (!startFormRefs.isEmpty()) {
                try (InputStream startForm = forms.getDeployedStartForm(process.getId())) {
                    assertThat(JSON.readTree(startForm).path("id").asText()).isNotBlank();
                }
            }
        }

        assertThat(formRefs).hasSize(11);
        assertThat(deployedForms).containsAll(formRefs);
        assertThat(formRefs).as("formulaires déployés mais jamais utilisés").containsAll(deployedForms);
    }

    @Test
    void everyDeployedModelHasAHistoryTimeToLive() {
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .allSatisfy(process -> assertThat(process.getHistoryTimeToLive()).as(process.getKey()).isNotNull().isPositive());
        assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
                .isNotEmpty()
                .allSatisfy(decision -> assertThat(decision.getHistoryTimeToLive()).as(decision.getKey()).isNotNull().isPositive());
    }
}
