package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.CALL_PARTNERSHIP;
import static fr.francetravail.aae.operation.OperationProcess.END_AGREEMENT_SIGNED;
import static fr.francetravail.aae.operation.OperationProcess.END_OPERATION_CANCELLED;
import static fr.francetravail.aae.operation.OperationProcess.TASK_CANCEL_OPERATION;
import static fr.francetravail.aae.operation.OperationProcess.TASK_RECORD_AGREEMENT_SIGNED;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processDefinitionQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.partner.CulturalPartner;
import fr.francetravail.aae.partner.PartnerService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import fr.francetravail.aae.support.ProcessTestEngine;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * Every path of {@code aae-operation} with its real glue and a mocked domain. The partnership is replaced by a one-task
 * stand-in, so this test is about the main flow: business key, variable mapping and the outcome of the convention.
 */
@Deployment(resources = "aae-operation.bpmn")
class OperationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String REFERENCE = "AAE-2026-HDF-0007";

    private final OperationService operations = mock(OperationService.class);
    private final PartnerService partners = mock(PartnerService.class);
    private final Operation operation = mock(Operation.class);
    private String standInDeployment;

    @BeforeEach
    void registerGlue() {
        BpmnModelInstance partnershipStandIn = Bpmn.createExecutableProcess("aae-partnership").camundaHistoryTimeToLive(1)
                .startEvent().receiveTask("Task_PartnershipStandIn").endEvent().done();
        standInDeployment = BpmnAwareTests.repositoryService().createDeployment()
                .addModelInstance("aae-partnership.bpmn", partnershipStandIn).deploy().getId();

        when(operation.getId()).thenReturn(7L);
        when(operation.getReference()).thenReturn(REFERENCE);
        when(operation.getAgencyCode()).thenReturn("lens");
        when(operation.getPartnerSlug()).thenReturn("louvre-lens");
        when(operation.getVenue()).thenReturn("Galerie du temps");
        when(operation.getTargetGroupSize()).thenReturn(10);
        CulturalPartner louvreLens = mock(CulturalPartner.class);
        when(louvreLens.getName()).thenReturn("Louvre-Lens");
        when(partners.get("louvre-lens")).thenReturn(louvreLens);
        when(operations.attachProcess(7L, REFERENCE)).thenReturn(operation);
        OperationProcessStarter starter = new OperationProcessStarter(runtimeService(), partners);
        Mocks.register("registerProposedOperationListener",
                new RegisterProposedOperationListener(operations, starter));
        Mocks.register("recordAgreementSignedDelegate", new RecordAgreementSignedDelegate(operations));
        Mocks.register("cancelOperationDelegate", new CancelOperationDelegate(operations));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.repositoryService().deleteDeployment(standInDeployment, true);
    }

    @Test
    void signedConventionEndsThePartnershipPhase() {
        ProcessInstance instance = startedThroughTheApi();

        assertThat(instance).isWaitingAt(CALL_PARTNERSHIP);
        ProcessInstance partnership = calledProcessInstance(instance);
        assertThat(partnership).hasBusinessKey(REFERENCE).variables().containsOnlyKeys("operationId", "operationReference",
                "agencyCode", "partnerSlug", "partnerName", "venue", "targetGroupSize");
        finishPartnership(partnership, "SIGNED");

        verify(operations).attachProcess(7L, REFERENCE);
        verify(operations).markAgreementSigned(7L);
        verify(operations, never()).register(any(), any());
        assertThat(instance).isEnded().hasPassed(OperationProcess.START_EVENT, TASK_RECORD_AGREEMENT_SIGNED, END_AGREEMENT_SIGNED).hasNotPassed(TASK_CANCEL_OPERATION);
    }

    @Test
    void declinedConventionCancelsTheOperation() {
        ProcessInstance instance = startedThroughTheApi();
        finishPartnership(calledProcessInstance(instance), "DECLINED");

        verify(operations).cancel(7L, CancellationReason.CONVENTION_DECLINED);
        assertThat(instance).isEnded().hasPassed(TASK_CANCEL_OPERATION, END_OPERATION_CANCELLED);
    }

    @Test
    void abandonedPartnershipCancelsTheOperation() {
        ProcessInstance instance = startedThroughTheApi();
        finishPartnership(calledProcessInstance(instance), "ABANDONED");

        verify(operations).cancel(7L, CancellationReason.PARTNERSHIP_ABANDONED);
        assertThat(instance).isEnded().hasPassed(END_OPERATION_CANCELLED);
    }

    @Test
    void startFormRegistersTheOperationAndUsesItsReferenceAsBusinessKey() {
        when(operations.register(any(), any())).thenReturn(operation);

        ProcessInstance instance = formService().submitStartForm(definitionId(), startForm(10));

        ArgumentCaptor<ProposeOperationCommand> proposal = ArgumentCaptor.forClass(ProposeOperationCommand.class);
        verify(operations).register(proposal.capture(), any());
        Assertions.assertThat(proposal.getValue()).isEqualTo(new ProposeOperationCommand("louvre-lens", "lens",
                "Galerie du temps", ArtDiscipline.DANSE, List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 12)),
                LocalDate.of(2027, 1, 20), 10));
        assertThat(instance).hasBusinessKey(REFERENCE).isWaitingAt(CALL_PARTNERSHIP)
                .variables().containsEntry("operationId", 7L).containsEntry("partnerName", "Louvre-Lens")
                .doesNotContainKeys("discipline", "firstWorkshopDate", "workshopCount", "workshopIntervalDays", "employerMeetingDate");
    }

    @Test
    void refusedStartFormStartsNothing() {
        when(operations.register(any(), any()))
                .thenThrow(new InvalidInputException("targetGroupSize", "doit être comprise entre 6 et 15"));

        assertThatThrownBy(() -> formService().submitStartForm(definitionId(), startForm(20)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Taille du groupe visée : doit être comprise entre 6 et 15");
        assertThatThrownBy(() -> formService().submitStartForm(definitionId(), Map.of("firstWorkshopDate", "05/01/2027", "workshopCount", 0)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Date du premier atelier : date illisible")
                .hasMessageContaining("Nombre d'ateliers : doit être compris entre 1 et 30");

        Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aStartNamingAnOperationThatHasItsProcessIsRefused() {
        when(operations.attachProcess(7L, "AAE-2026-HDF-0001"))
                .thenThrow(new StateConflictException("L'opération AAE-2026-HDF-0007 a déjà son processus"));
        Map<String, Object> forged = new OperationProcessStarter(runtimeService(), partners).variablesOf(operation);

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(OperationProcess.KEY, "AAE-2026-HDF-0001", forged))
                .hasMessageContaining("a déjà son processus");
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(OperationProcess.KEY).count()).isZero();
        verify(operations, never()).markAgreementSigned(anyLong());
    }

    /** The stand-in ends with the outcome the real partnership's listeners would have set. */
    private static void finishPartnership(ProcessInstance partnership, String outcome) {
        String waiting = runtimeService().createExecutionQuery().processInstanceId(partnership.getId())
                .activityId("Task_PartnershipStandIn").singleResult().getId();
        runtimeService().signal(waiting, Map.of("partnershipOutcome", outcome));
    }

    private ProcessInstance startedThroughTheApi() {
        return runtimeService().startProcessInstanceByKey(OperationProcess.KEY, REFERENCE,
                new OperationProcessStarter(runtimeService(), partners).variablesOf(operation));
    }

    private static String definitionId() {
        return processDefinitionQuery().processDefinitionKey(OperationProcess.KEY).singleResult().getId();
    }

    /** What Tasklist submits for the start form: the series as first date, count and interval. */
    private static Map<String, Object> startForm(int groupSize) {
        return Map.of("partnerSlug", "louvre-lens", "agencyCode", "lens", "venue", "Galerie du temps", "discipline", "DANSE",
                "firstWorkshopDate", "2027-01-05", "workshopCount", 2, "workshopIntervalDays", 7,
                "employerMeetingDate", "2027-01-20", "targetGroupSize", groupSize);
    }
}
