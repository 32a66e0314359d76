package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.francetravail.aae.common.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Where a completion's or a start's allow-list comes from: the deployed form's fields and what features declare. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclaredVariablesPluginTest {

    private static final String FORM = """
            {"id": "test-form", "type": "default", "schemaVersion": 16, "components": [
              {"type": "text", "text": "Intro"},
              {"type": "group", "components": [{"type": "textfield", "key": "shown", "disabled": true}]},
              {"type": "radio", "key": "decision"},
              {"type": "textfield", "key": "address.city"},
              {"type": "dynamiclist", "key": "rows", "path": "rows", "components": [{"type": "number", "key": "rowValue"}]},
              {"type": "button", "action": "submit"}]}""";

    private ProcessEngine engine;

    @BeforeAll
    void engine() {
        ProcessDeclaration declaration = new ProcessDeclaration() {
            @Override
            public Map<String, Set<String>> variablesByElement() {
                return Map.of("Task_Declared", Set.of("fromApi"), "Start", Set.of("startedBy"));
            }
        };
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration().setJdbcUrl("jdbc:h2:mem:declared-variables;DB_CLOSE_DELAY=1000")
                .setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(List.of(new DeclaredVariablesPlugin(ProcessDeclarations.of(List.of(declaration)))));
        engine = configuration.buildProcessEngine();
        BpmnModelInstance model = Bpmn.createExecutableProcess("test").name("Test").camundaHistoryTimeToLive(1)
                .startEvent("Start").name("Démarrer").camundaFormRef("test-form").camundaFormRefBinding("latest")
                .userTask("Task_WithForm").name("Avec formulaire").camundaFormRef("test-form").camundaFormRefBinding("latest")
                .userTask("Task_WithoutForm").name("Sans formulaire")
                .userTask("Task_Declared").name("Déclarée")
                .endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("test.bpmn", model)
                .addString("test.form", FORM).deploy();
    }

    @AfterAll
    void close() {
        engine.close();
    }

    @AfterEach
    void anonymous() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void everyFormOfTheServiceGivesItsTopLevelKeys() throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                Set<String> keys = CamundaForm.of(Files.readAllBytes(form)).variables();
                String text = Files.readString(form);
                assertThat(keys).as(form.toString()).isNotEmpty()
                        .allSatisfy(key -> assertThat(text).contains("\"key\": \"" + key + "\""));
            }
        }
        assertThat(CamundaForm.of(Files.readAllBytes(Path.of("forms/aae-workshop-attendance.form"))).variables())
                .containsExactlyInAnyOrder("operationReference", "venue", "partnerName", "excused", "unexcused");
        assertThat(CamundaForm.of(Files.readAllBytes(Path.of("forms/aae-cohort-building.form"))).variables())
                .contains("candidates", "infoMeetingDate").doesNotContain("lastName", "phone");
        assertThat(CamundaForm.of(FORM.getBytes(StandardCharsets.UTF_8)).variables())
                .containsExactlyInAnyOrder("shown", "decision", "address", "rows");
    }

    @Test
    void aUsersCompletionWritesOnlyItsFormsFieldsOrWhatAFeatureDeclares() {
        Task withForm = startAndReach("Task_WithForm");
        user();
        assertRefused(() -> engine.getTaskService().complete(withForm.getId(), Map.of("decision", "OK", "notes", "06 00 00 00 00")),
                "Variable non déclarée par le formulaire « Avec formulaire » : notes", "notes");
        assertRefused(() -> engine.getFormService().submitTaskForm(withForm.getId(), Map.of("decision", "OK", "a", 1, "b", 2)),
                "Variables non déclarées par le formulaire « Avec formulaire » : a, b", "a");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("notes").count()).isZero();
        engine.getTaskService().complete(withForm.getId(), Map.of("decision", "OK", "rows", List.of(), "address", Map.of("city", "Lens")));

        Task withoutForm = next(withForm.getProcessInstanceId());
        assertRefused(() -> engine.getTaskService().complete(withoutForm.getId(), Map.of("fromApi", "x")),
                "Variable non déclarée par le formulaire « Sans formulaire » : fromApi", "fromApi");
        engine.getTaskService().complete(withoutForm.getId());

        Task declared = next(withForm.getProcessInstanceId());
        engine.getTaskService().complete(declared.getId(), Map.of("fromApi", "x"));
    }

    @Test
    void theEnginesOwnWorkIsNotChecked() {
        Task withoutForm = startAndReach("Task_WithoutForm");
        engine.getTaskService().complete(withoutForm.getId(), Map.of("computed", 42));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("computed").count()).isOne();
    }

    @Test
    void aUsersStartWritesOnlyItsStartFormsFieldsOrWhatAFeatureDeclares() {
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        user();
        assertRefused(() -> engine.getRuntimeService().startProcessInstanceByKey("test", Map.of("decision", "OK", "lumpSum", 9999)),
                "Variable non déclarée par le formulaire « Démarrer » : lumpSum", "lumpSum");
        assertRefused(() -> engine.getRuntimeService().createProcessInstanceByKey("test").startBeforeActivity("Task_Declared")
                .setVariable("fromApi", "x").execute(), "Démarrage refusé : le processus « Test » démarre par son événement de début",
                "startInstructions");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
        engine.getRuntimeService().startProcessInstanceByKey("test", Map.of("decision", "OK", "startedBy", "api"));
    }

    private Task startAndReach(String taskKey) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("test").getId();
        for (Task task = next(instance); !task.getTaskDefinitionKey().equals(taskKey); task = next(instance)) {
            engine.getTaskService().complete(task.getId());
        }
        return next(instance);
    }

    private Task next(String instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    }

    private void user() {
        engine.getIdentityService().setAuthentication("tpetit", List.of("partenaire-test"));
    }

    /** Camunda wraps a task listener's refusal (ENGINE-03051); the errors mapping finds the French one in the chain. */
    private static void assertRefused(Runnable call, String message, String field) {
        assertThatThrownBy(call::run).hasMessageContaining(message).hasRootCauseInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(((InvalidInputException) rootCause(refusal)).violations())
                        .extracting(InvalidInputException.FieldViolation::field).contains(field));
    }

    private static Throwable rootCause(Throwable refusal) {
        return refusal.getCause() == null ? refusal : rootCause(refusal.getCause());
    }
}
