package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import fr.francetravail.aae.support.ProcessTestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The external task worker on a real engine and a one-task model: completion with the handler's variables, a BPMN
 * error, failures retried after 1, 5 and 15 minutes then an incident, recovery by an operator's retry, and a completion
 * lost to another worker after the lock expired.
 */
class ExternalTaskWorkerTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String TOPIC = "test-topic";
    private static final Instant NOW = Instant.parse("2027-06-01T08:00:00Z");

    private final List<ExternalTaskInput> handled = new ArrayList<>();
    private Function<ExternalTaskInput, Map<String, Object>> work;
    private String deployment;

    @BeforeEach
    void deploy() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        deployment = repositoryService().createDeployment().addModelInstance("worker-test.bpmn",
                Bpmn.createExecutableProcess("worker-test").camundaHistoryTimeToLive(1).startEvent()
                        .serviceTask("Task_Remote").camundaExternalTask(TOPIC)
                        .boundaryEvent("Event_Rejected").error("REJECTED").endEvent("EndEvent_Rejected")
                        .moveToActivity("Task_Remote").endEvent("EndEvent_Done").done())
                .deploy().getId();
    }

    @AfterEach
    void undeploy() {
        ClockUtil.reset();
        repositoryService().deleteDeployment(deployment, true);
    }

    @Test
    void completesTheTaskWithTheHandlersVariables() {
        work = task -> Map.of("answer", "yes");
        ProcessInstance instance = start();

        assertThat(worker("w1").runOnce()).isEqualTo(1);

        assertThat(instance).isEnded().hasPassed("EndEvent_Done");
        assertThat(handled).singleElement().satisfies(task -> {
            assertThat(task.businessKey()).isEqualTo("AAE-2027-HDF-0001");
            assertThat(task.variables()).containsExactly(Map.entry("question", "ready?"));
            assertThat(task.text("question")).isEqualTo("ready?");
        });
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName("answer")
                .singleResult().getValue()).isEqualTo("yes");
    }

    @Test
    void aBpmnErrorTakesTheModelsErrorPath() {
        work = task -> {
            throw new BpmnError("REJECTED", "refusé");
        };
        ProcessInstance instance = start();

        assertThat(worker("w1").runOnce()).isEqualTo(1);

        assertThat(instance).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("EndEvent_Done");
    }

    @Test
    void failuresAreRetriedAfterGrowingDelaysThenBecomeAnIncidentAnOperatorCanRetry() {
        work = task -> {
            throw new IllegalStateException("service indisponible");
        };
        ProcessInstance instance = start();
        ExternalTaskWorker worker = worker("w1");

        assertThat(worker.runOnce()).isZero();
        assertThat(task().getErrorMessage()).isEqualTo("service indisponible");
        assertRetriesLeft(3, Duration.ofMinutes(1));
        assertThat(worker.runOnce()).isZero();
        assertThat(handled).hasSize(1);

        after(Duration.ofMinutes(1));
        worker.runOnce();
        assertRetriesLeft(2, Duration.ofMinutes(5));

        after(Duration.ofMinutes(1 + 5));
        worker.runOnce();
        assertRetriesLeft(1, Duration.ofMinutes(15));

        after(Duration.ofMinutes(1 + 5 + 15));
        worker.runOnce();
        assertThat(task().getRetries()).isZero();
        assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult().getIncidentMessage())
                .isEqualTo("service indisponible");
        after(Duration.ofHours(2));
        assertThat(worker.runOnce()).isZero();
        assertThat(handled).hasSize(4);

        work = task -> Map.of("answer", "enfin");
        externalTaskService().setRetries(task().getId(), 1);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(worker.runOnce()).isEqualTo(1);
        assertThat(instance).isEnded().hasPassed("EndEvent_Done");
    }

    @Test
    void aCompletionLostAfterTheLockExpiredIsLeftToTheWorkerHoldingTheTask() {
        ExternalTaskWorker other = worker("w2");
        work = task -> {
            if (handled.size() == 1) {
                after(Duration.ofMinutes(2));
                assertThat(other.runOnce()).isEqualTo(1);
            }
            return Map.of("answer", "yes");
        };
        ProcessInstance instance = start();

        assertThat(worker("w1").runOnce()).isZero();

        assertThat(instance).isEnded().hasPassed("EndEvent_Done");
        assertThat(handled).as("la même tâche remise deux fois").hasSize(2).extracting(ExternalTaskInput::id).containsOnly(handled.get(0).id());
        assertThat(externalTaskService().createExternalTaskQuery().count()).isZero();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("worker-test", "AAE-2027-HDF-0001", Map.of("question", "ready?", "secret", "not fetched"));
    }

    private ExternalTaskWorker worker(String workerId) {
        ExternalTaskHandler handler = new ExternalTaskHandler() {
            @Override
            public String topic() {
                return TOPIC;
            }

            @Override
            public List<String> variables() {
                return List.of("question");
            }

            @Override
            public Map<String, Object> handle(ExternalTaskInput task) {
                handled.add(task);
                return work.apply(task);
            }
        };
        return new ExternalTaskWorker(externalTaskService(), List.of(handler), ExternalTaskWorkers.defaults(workerId));
    }

    private static ExternalTask task() {
        return externalTaskService().createExternalTaskQuery().topicName(TOPIC).singleResult();
    }

    private static void assertRetriesLeft(int retries, Duration delay) {
        assertThat(task().getRetries()).isEqualTo(retries);
        assertThat(task().getLockExpirationTime()).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(delay)));
    }

    private static void after(Duration elapsed) {
        ClockUtil.setCurrentTime(Date.from(NOW.plus(elapsed).plusSeconds(1)));
    }
}
