package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.END_ENROLLED;
import static fr.francetravail.aae.cohort.EnrolmentProcess.END_NOT_ENROLLED;
import static fr.francetravail.aae.cohort.EnrolmentProcess.END_NO_ANSWER;
import static fr.francetravail.aae.cohort.EnrolmentProcess.END_WAITING_LIST;
import static fr.francetravail.aae.cohort.EnrolmentProcess.TASK_EXPIRE_CANDIDATE;
import static fr.francetravail.aae.cohort.EnrolmentProcess.TASK_INVITE_CANDIDATE;
import static fr.francetravail.aae.cohort.EnrolmentProcess.TASK_PLACE_CANDIDATE;
import static fr.francetravail.aae.cohort.EnrolmentProcess.TASK_RECORD_DECISION;
import static fr.francetravail.aae.cohort.EnrolmentProcess.TASK_REPORT_PLACE_TAKEN;
import static fr.francetravail.aae.cohort.EnrolmentProcess.TASK_TAG_PRIORITY_PUBLICS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.support.ProcessTestEngine;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code aae-enrolment} with its real glue and a mocked cohort: one candidate from invitation to result. */
@Deployment(resources = "aae-enrolment.bpmn")
class EnrolmentProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final long ENROLMENT = 41L;
    private static final Date DEADLINE = Date.from(Instant.parse("2027-01-10T00:00:00Z"));

    private final RecruitmentService recruitment = mock(RecruitmentService.class);

    private final CohortService cohort = mock(CohortService.class);
    private final Enrolment enrolment = mock(Enrolment.class);

    @BeforeEach
    void registerGlue() {
        CohortGlue.register(recruitment, mock(ParticipationService.class), cohort, mock(OperationService.class));
        when(cohort.franceTravailIdOf(ENROLMENT)).thenReturn("1234567A");
        when(recruitment.place(ENROLMENT, "système")).thenReturn(enrolment);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void acceptingCandidateGetsAPlace() {
        when(enrolment.getStatus()).thenReturn(EnrolmentStatus.ENROLLED);
        ProcessInstance instance = invited();

        assertThat(task()).hasCandidateGroup("agence-lens").hasDueDate(DEADLINE);
        Assertions.assertThat(taskService().getVariableLocal(task().getId(), "franceTravailId")).isEqualTo("1234567A");
        taskService().complete(task().getId(), Map.of("candidateDecision", "ACCEPTS", "consent", true));

        verify(recruitment).decide(ENROLMENT, CandidateDecision.ACCEPTS, true, "système");
        verify(recruitment).tagPriorityPublics(ENROLMENT);
        assertThat(instance).isWaitingAt(TASK_REPORT_PLACE_TAKEN).variables().containsEntry("enrolmentResult", "ENROLLED");
        execute(job(instance));
        verify(recruitment).targetReached(7L);
        assertThat(instance).isEnded().hasPassed(TASK_TAG_PRIORITY_PUBLICS, TASK_PLACE_CANDIDATE, END_ENROLLED);
    }

    @Test
    void thePlaceThatFillsTheCohortTellsTheOperation() {
        when(enrolment.getStatus()).thenReturn(EnrolmentStatus.ENROLLED);
        when(recruitment.targetReached(7L)).thenReturn(true);
        String listener = repositoryService().createDeployment().addModelInstance("operation-stand-in.bpmn",
                Bpmn.createExecutableProcess("operation-stand-in").camundaHistoryTimeToLive(1).startEvent()
                        .intermediateCatchEvent("Event_TargetReached").message(OperationProcess.MESSAGE_COHORT_TARGET_REACHED).endEvent().done())
                .deploy().getId();
        try {
            ProcessInstance operation = runtimeService().startProcessInstanceByKey("operation-stand-in", "AAE-2027-HDF-0001");
            ProcessInstance instance = invited();
            taskService().complete(task().getId(), Map.of("candidateDecision", "ACCEPTS", "consent", true));
            execute(job(instance));

            assertThat(operation).isEnded();
            assertThat(instance).isEnded().hasPassed(END_ENROLLED);
        } finally {
            repositoryService().deleteDeployment(listener, true);
        }
    }

    @Test
    void acceptingCandidateGoesOnTheWaitingListWhenTheCohortIsFull() {
        when(enrolment.getStatus()).thenReturn(EnrolmentStatus.WAITING_LIST);
        ProcessInstance instance = invited();

        taskService().complete(task().getId(), Map.of("candidateDecision", "ACCEPTS", "consent", true));

        assertThat(instance).isEnded().hasPassed(END_WAITING_LIST).hasNotPassed(END_ENROLLED);
    }

    @Test
    void decliningOrAbsentCandidateIsNotEnrolled() {
        ProcessInstance declining = invited();
        taskService().complete(task(declining).getId(), Map.of("candidateDecision", "DECLINES"));
        ProcessInstance absent = invited();
        taskService().complete(task(absent).getId(), Map.of("candidateDecision", "NO_SHOW"));

        verify(recruitment).decide(ENROLMENT, CandidateDecision.DECLINES, false, "système");
        verify(recruitment).decide(ENROLMENT, CandidateDecision.NO_SHOW, false, "système");
        verify(recruitment, never()).place(ENROLMENT, "système");
        assertThat(declining).isEnded().hasPassed(END_NOT_ENROLLED).hasNotPassed(TASK_TAG_PRIORITY_PUBLICS);
        assertThat(absent).isEnded().hasPassed(END_NOT_ENROLLED);
    }

    @Test
    void noAnswerByTheDeadlineIsNotEnrolled() {
        ProcessInstance instance = invited();

        execute(job(instance));

        verify(recruitment).expire(ENROLMENT, "système");
        assertThat(instance).isEnded().hasPassed(TASK_EXPIRE_CANDIDATE, END_NO_ANSWER).hasNotPassed(END_NOT_ENROLLED);
    }

    @Test
    void refusedDecisionKeepsTheTaskOpen() {
        when(recruitment.decide(ENROLMENT, CandidateDecision.ACCEPTS, false, "système"))
                .thenThrow(new InvalidInputException("consent", "le consentement du candidat est nécessaire"));
        ProcessInstance instance = invited();

        assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of("candidateDecision", "ACCEPTS")))
                .hasMessageContaining("consent : le consentement du candidat est nécessaire");
        assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of("candidateDecision", "PEUT-ETRE")))
                .hasMessageContaining("candidateDecision : valeur inconnue");

        assertThat(instance).isWaitingAt(TASK_RECORD_DECISION);
    }

    @Test
    void theCandidateCannotBeSwappedByTheForm() {
        invited();

        assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of("candidateDecision", "DECLINES", "enrolmentId", 42L)))
                .hasMessageContaining("enrolmentId");
        verify(recruitment, never()).decide(42L, CandidateDecision.DECLINES, false, "système");
    }

    /** A started instance, past its asynchronous invitation. */
    private ProcessInstance invited() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(EnrolmentProcess.KEY, "AAE-2027-HDF-0001", Map.of(
                "operationId", 7L, "enrolmentId", ENROLMENT, "agencyCode", "lens", "partnerSlug", "louvre-lens",
                "recruitmentDeadline", DEADLINE));
        assertThat(instance).isWaitingAt(TASK_INVITE_CANDIDATE);
        execute(job(instance));
        verify(recruitment, atLeastOnce()).invite(ENROLMENT, "système");
        assertThat(instance).isWaitingAt(TASK_RECORD_DECISION);
        return instance;
    }
}
