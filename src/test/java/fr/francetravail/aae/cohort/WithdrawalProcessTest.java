package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.WithdrawalProcess.END_WITHDRAWAL_RECORDED;
import static fr.francetravail.aae.cohort.WithdrawalProcess.KEY;
import static fr.francetravail.aae.cohort.WithdrawalProcess.TASK_RECORD_WITHDRAWAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.NotFoundException;
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
 * {@code aae-withdrawal} with its real delegate, the domain mocked: the withdrawal goes to the same service as the API,
 * as the counsellor who started it; a refusal refuses the start itself.
 */
@Deployment(resources = "aae-withdrawal.bpmn")
class WithdrawalProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String REFERENCE = "AAE-2027-HDF-0007";
    private static final String FRANCE_TRAVAIL_ID = "1234567A";
    private static final Viewer COUNSELLOR = Viewer.of("cdupont", List.of(Viewer.COUNSELLORS, "agence-lens"), List.of("HDF"));

    private final ParticipationService participation = mock(ParticipationService.class);

    @BeforeEach
    void registerGlue() {
        Mocks.register("recordWithdrawalDelegate", new RecordWithdrawalDelegate(participation));
        BpmnAwareTests.identityService().setAuthentication(COUNSELLOR.userId(), List.copyOf(COUNSELLOR.groups()), List.of("HDF"));
    }

    @AfterEach
    void reset() {
        BpmnAwareTests.identityService().clearAuthentication();
        Mocks.reset();
    }

    @Test
    void theWithdrawalGoesToTheServiceAndTheInstanceEndsAsItsTrace() {
        ProcessInstance instance = start("Reprise d'emploi");

        verify(participation).withdraw(REFERENCE, FRANCE_TRAVAIL_ID, "Reprise d'emploi", COUNSELLOR);
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(TASK_RECORD_WITHDRAWAL, END_WITHDRAWAL_RECORDED);
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult())
                .returns(REFERENCE, h -> h.getBusinessKey()).returns(COUNSELLOR.userId(), h -> h.getStartUserId());
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(HistoricVariableInstance::getName).as("le motif reste hors de l'historique du moteur")
                .containsExactlyInAnyOrder("operationReference", "franceTravailId");
    }

    @Test
    void anOperationOfAnotherAgencyRefusesTheStartAndLeavesNoInstance() {
        when(participation.withdraw(REFERENCE, FRANCE_TRAVAIL_ID, "Déménage", COUNSELLOR))
                .thenThrow(new NotFoundException("Opération inconnue : " + REFERENCE));

        assertThatThrownBy(() -> start("Déménage")).hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .asInstanceOf(InstanceOfAssertFactories.type(InvalidInputException.class))
                .extracting(InvalidInputException::violations).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(new InvalidInputException.FieldViolation("operationReference", "Opération inconnue : " + REFERENCE));
        assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    void anUnknownParticipantIsRefusedOnItsField() {
        when(participation.withdraw(REFERENCE, FRANCE_TRAVAIL_ID, "Déménage", COUNSELLOR))
                .thenThrow(new InvalidInputException("franceTravailId", "aucun participant de l'opération " + REFERENCE + " n'a l'identifiant « 1234567A »"));

        assertThatThrownBy(() -> start("Déménage")).hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .asInstanceOf(InstanceOfAssertFactories.type(InvalidInputException.class))
                .extracting(InvalidInputException::violations).asInstanceOf(InstanceOfAssertFactories.LIST)
                .extracting(violation -> ((InvalidInputException.FieldViolation) violation).field()).containsExactly("franceTravailId");
        assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    private static ProcessInstance start(String reason) {
        return runtimeService().startProcessInstanceByKey(KEY, Map.of("operationReference", REFERENCE, "franceTravailId", FRANCE_TRAVAIL_ID,
                "withdrawalReason", reason));
    }
}
