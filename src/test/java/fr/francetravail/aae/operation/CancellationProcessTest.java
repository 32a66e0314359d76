package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.CancellationProcess.END_CANCELLATION_REQUESTED;
import static fr.francetravail.aae.operation.CancellationProcess.KEY;
import static fr.francetravail.aae.operation.CancellationProcess.TASK_REQUEST_CANCELLATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.support.ProcessTestEngine;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code aae-operation-cancellation} with its real delegate, the domain mocked: the request goes to the same service
 * method as the API, as the manager who started it; a refusal refuses the start itself.
 */
@Deployment(resources = "aae-operation-cancellation.bpmn")
class CancellationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String REFERENCE = "AAE-2027-HDF-0007";
    private static final Viewer MANAGER = Viewer.of("mmartin", List.of(Viewer.MANAGERS), List.of("HDF"));

    private final OperationCancellations cancellations = mock(OperationCancellations.class);

    @BeforeEach
    void registerGlue() {
        Mocks.register("requestCancellationDelegate", new RequestCancellationDelegate(cancellations));
        BpmnAwareTests.identityService().setAuthentication(MANAGER.userId(), List.copyOf(MANAGER.groups()), List.of("HDF"));
    }

    @AfterEach
    void reset() {
        BpmnAwareTests.identityService().clearAuthentication();
        Mocks.reset();
    }

    @Test
    void theManagersRequestGoesToTheServiceAndTheInstanceEndsAsItsTrace() {
        Operation operation = mock(Operation.class);
        when(operation.getReference()).thenReturn(REFERENCE);
        when(cancellations.requestCancellation(eq(REFERENCE), any(), eq(MANAGER))).thenReturn(operation);

        ProcessInstance instance = start("Le musée ferme pour travaux");

        verify(cancellations).requestCancellation(REFERENCE, new CancellationRequest("Le musée ferme pour travaux"), MANAGER);
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(TASK_REQUEST_CANCELLATION, END_CANCELLATION_REQUESTED);
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult())
                .returns(REFERENCE, h -> h.getBusinessKey()).returns(MANAGER.userId(), h -> h.getStartUserId());
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(HistoricVariableInstance::getName).as("le motif reste hors de l'historique du moteur")
                .containsExactly("operationReference");
    }

    @Test
    void aRefusalRefusesTheStartAndLeavesNoInstance() {
        when(cancellations.requestCancellation(eq(REFERENCE), any(), eq(MANAGER)))
                .thenThrow(new StateConflictException("L'opération " + REFERENCE + " ne peut plus être annulée : elle est à l'état CLOSED"));

        assertThatThrownBy(() -> start("Trop tard")).hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .asInstanceOf(InstanceOfAssertFactories.type(InvalidInputException.class))
                .extracting(InvalidInputException::violations).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(new InvalidInputException.FieldViolation("operationReference",
                        "L'opération " + REFERENCE + " ne peut plus être annulée : elle est à l'état CLOSED"));
        assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    /** errors[].field keeps the form's key (README « Bad input »): the request's reason is the form's cancellationComment. */
    @Test
    void aRefusedReasonIsRefusedOnTheFormsKey() {
        when(cancellations.requestCancellation(eq(REFERENCE), any(), eq(MANAGER)))
                .thenThrow(new InvalidInputException("reason", "est obligatoire"));

        assertThatThrownBy(() -> start(" ")).hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .asInstanceOf(InstanceOfAssertFactories.type(InvalidInputException.class))
                .extracting(InvalidInputException::violations).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(new InvalidInputException.FieldViolation("cancellationComment", "est obligatoire"));
    }

    private static ProcessInstance start(String reason) {
        return runtimeService().startProcessInstanceByKey(KEY, Map.of("operationReference", REFERENCE, "cancellationComment", reason));
    }
}
