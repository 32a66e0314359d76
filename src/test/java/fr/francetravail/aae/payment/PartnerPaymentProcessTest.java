package fr.francetravail.aae.payment;

import static fr.francetravail.aae.payment.PaymentProcess.END_PAYMENT_SETTLED;
import static fr.francetravail.aae.payment.PaymentProcess.TASK_COMPLETE_FILE;
import static fr.francetravail.aae.payment.PaymentProcess.TASK_SUBMIT_TO_AFDAS;
import static fr.francetravail.aae.payment.PaymentProcess.TASK_VALIDATE_PAYMENT;
import static fr.francetravail.aae.payment.PaymentProcess.TIMER_AFDAS_SILENT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import fr.francetravail.aae.platform.TimerSettings;
import fr.francetravail.aae.support.ProcessTestEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code aae-partner-payment} with the real {@code payment-eligibility} table and stand-ins for the
 * domain glue: requirements met or not, the manager's validation or return, the submission to AFDAS as an external
 * task, its settlement, its rejection and the resubmission, and the managers' reminder when AFDAS is silent.
 */
@Deployment(resources = {"aae-partner-payment.bpmn", "payment-eligibility.dmn"})
class PartnerPaymentProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String REFERENCE = "AAE-2026-HDF-0031";

    /** What the domain says when the requirements are gathered; a test changes it between passes. */
    private final Map<String, Object> requirements = new HashMap<>(Map.of("conventionSigned", true, "workshopsDelivered", true,
            "attendanceComplete", true, "bilanDone", true));
    private final TaskListener fileCompleted = mock(TaskListener.class);
    private final TaskListener validation = mock(TaskListener.class);
    private final JavaDelegate alertManagers = mock(JavaDelegate.class);

    @BeforeEach
    void registerGlue() {
        Mocks.register("aaeTimers", TimerSettings.production());
        Mocks.register("gatherPaymentRequirementsDelegate", (JavaDelegate) execution -> {
            execution.setVariable("paymentId", 31L);
            execution.setVariables(requirements);
        });
        Mocks.register("recordPaymentEligibilityDelegate", (JavaDelegate) PartnerPaymentProcessTest::recordEligibility);
        Mocks.register("remindManagersOfAfdasSilenceDelegate", alertManagers);
        Mocks.register("paymentFileCompletedListener", fileCompleted);
        Mocks.register("paymentValidationListener", validation);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void aCompleteFileIsValidatedSubmittedThenSettled() {
        ProcessInstance instance = started();

        assertThat(instance).isWaitingAt(TASK_VALIDATE_PAYMENT).variables().containsEntry("paymentEligible", true);
        Assertions.assertThat(runtimeService().getVariable(instance.getId(), "paymentEligibility"))
                .isEqualTo(List.of(Map.of("amount", 2700)));
        assertThat(task(instance)).hasCandidateGroup("managers");
        taskService().complete(task(instance).getId(), Map.of("paymentValidation", "VALIDATED"));
        verify(validation, atLeastOnce()).notify(any());

        submitToAfdas(instance);
        assertThat(instance).isWaitingAt("Gateway_AfdasAnswer");
        correlate(PaymentProcess.MESSAGE_PAYMENT_SETTLED, "SETTLED");

        assertThat(instance).isEnded().hasPassed("Event_AfdasPaymentSettled", END_PAYMENT_SETTLED).hasNotPassed(TASK_COMPLETE_FILE);
    }

    @Test
    void aMissingRequirementGoesToTheCounsellorThenAReturnThenARejectionBeforeTheSecondSubmissionIsSettled() {
        requirements.put("bilanDone", false);
        ProcessInstance instance = started();

        assertThat(instance).isWaitingAt(TASK_COMPLETE_FILE).variables().containsEntry("paymentEligible", false);
        assertThat(task(instance)).hasCandidateGroup("agence-lens");
        requirements.put("bilanDone", true);
        taskService().complete(task(instance).getId(), Map.of("paymentFileComment", "Bilan rédigé"));
        runAsynchronousSteps(instance);

        assertThat(instance).isWaitingAt(TASK_VALIDATE_PAYMENT);
        taskService().complete(task(instance).getId(), Map.of("paymentValidation", "RETURNED", "paymentComment", "Pièce manquante"));
        assertThat(instance).isWaitingAt(TASK_COMPLETE_FILE);
        taskService().complete(task(instance).getId());
        runAsynchronousSteps(instance);
        taskService().complete(task(instance).getId(), Map.of("paymentValidation", "VALIDATED"));
        submitToAfdas(instance);
        correlate(PaymentProcess.MESSAGE_PAYMENT_REJECTED, "REJECTED");

        assertThat(instance).hasPassed("Event_AfdasPaymentRejected").isWaitingAt(TASK_COMPLETE_FILE);
        taskService().complete(task(instance).getId());
        runAsynchronousSteps(instance);
        taskService().complete(task(instance).getId(), Map.of("paymentValidation", "VALIDATED"));
        submitToAfdas(instance);
        correlate(PaymentProcess.MESSAGE_PAYMENT_SETTLED, "SETTLED");

        verify(fileCompleted, times(3)).notify(any());
        assertThat(instance).isEnded().hasPassed(END_PAYMENT_SETTLED);
    }

    @Test
    void managersAreRemindedEveryThirtyDaysOfSilence() throws Exception {
        ProcessInstance instance = started();
        taskService().complete(task(instance).getId(), Map.of("paymentValidation", "VALIDATED"));
        submitToAfdas(instance);

        execute(job(TIMER_AFDAS_SILENT, instance));
        verify(alertManagers).execute(any());
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).count()).as("aucune tâche ne reste ouverte").isZero();

        assertThat(instance).isWaitingAt("Gateway_AfdasAnswer").hasPassed("EndEvent_AfdasReminded");
        Assertions.assertThat(jobQuery().activityId(TIMER_AFDAS_SILENT).count()).as("la relance suivante est programmée").isOne();
        correlate(PaymentProcess.MESSAGE_PAYMENT_SETTLED, "SETTLED");
        assertThat(instance).isEnded();
    }

    private static void recordEligibility(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) execution.getVariable("paymentEligibility");
        execution.setVariable("paymentEligible", rows.stream().noneMatch(row -> row.get("missingRequirement") != null));
    }

    private static ProcessInstance started() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PaymentProcess.KEY, REFERENCE, Map.of("operationId", 7L,
                "operationReference", REFERENCE, "agencyCode", "lens", "partnerSlug", "louvre-lens", "targetGroupSize", 10));
        runAsynchronousSteps(instance);
        return instance;
    }

    /** What the worker does for topic {@code afdas-payment} once AFDAS has accepted the request. */
    private static void submitToAfdas(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(TASK_SUBMIT_TO_AFDAS);
        List<LockedExternalTask> locked = externalTaskService().fetchAndLock(1, "test-worker").topic(PaymentProcess.TOPIC_AFDAS_PAYMENT, 60_000)
                .execute();
        Assertions.assertThat(locked).hasSize(1);
        externalTaskService().complete(locked.get(0).getId(), "test-worker");
    }

    private static void correlate(String message, String outcome) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(REFERENCE).setVariable("afdasOutcome", outcome)
                .correlateWithResult();
    }

    private static void runAsynchronousSteps(ProcessInstance instance) {
        for (var jobs = jobQuery().processInstanceId(instance.getId()).messages().list(); !jobs.isEmpty();
                jobs = jobQuery().processInstanceId(instance.getId()).messages().list()) {
            jobs.forEach(job -> managementService().executeJob(job.getId()));
        }
    }
}
