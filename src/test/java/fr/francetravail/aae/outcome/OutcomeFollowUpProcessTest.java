package fr.francetravail.aae.outcome;

import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.END_FOLLOW_UP_DONE;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.TASK_CLASSIFY_OUTCOME;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.TASK_LOOK_UP_SITUATION;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.TASK_QUALIFY_SITUATION;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.TASK_RECORD_OUTCOME;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.TIMER_CHECKPOINT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fr.francetravail.aae.cohort.CohortGlue;
import fr.francetravail.aae.cohort.CohortService;
import fr.francetravail.aae.cohort.ParticipationService;
import fr.francetravail.aae.cohort.RecruitmentService;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.outcome.EmploymentStatusClient.EmploymentStatusUnavailable;
import fr.francetravail.aae.outcome.OutcomeService.RecordOutcome;
import fr.francetravail.aae.platform.AaeTimers;
import fr.francetravail.aae.platform.DemoSettings;
import fr.francetravail.aae.platform.ExternalTaskWorker;
import fr.francetravail.aae.platform.ExternalTaskWorkers;
import fr.francetravail.aae.platform.TimerSettings;
import fr.francetravail.aae.platform.WorkingTime;
import fr.francetravail.aae.support.ProcessTestEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code aae-outcome-follow-up} with its real glue, the real DMN table and the real external task worker;
 * the status service and the domain are mocked. Timers are fired through the engine.
 */
@Deployment(resources = {"aae-outcome-follow-up.bpmn", "outcome-class.dmn"})
class OutcomeFollowUpProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final long OPERATION = 7L;
    private static final long ENROLMENT = 41L;
    private static final String FRANCE_TRAVAIL_ID = "1234567A";
    private static final LocalDate ACTION_ENDED_ON = LocalDate.of(2027, 3, 31);

    private final CohortService cohort = mock(CohortService.class);
    private final EmploymentStatusClient statusService = mock(EmploymentStatusClient.class);
    private final OutcomeService outcomes = mock(OutcomeService.class);
    private final OperationService operations = mock(OperationService.class);
    private ExternalTaskWorker worker;

    @BeforeEach
    void registerGlue() {
        AaeTimers timers = TimerSettings.production();
        Clock clock = Clock.system(PARIS);
        OutcomeCalendar calendar = new OutcomeCalendar(operations, new OperationCalendar(clock, DemoSettings.calendarDays()), timers, clock,
                new WorkingTime(DemoSettings.calendarDays()));
        Mocks.register("aaeTimers", timers);
        Mocks.register("outcomeCalendar", calendar);
        Mocks.register("situationQualifiedListener", new SituationQualifiedListener());
        Mocks.register("recordOutcomeDelegate", new RecordOutcomeDelegate(outcomes));
        CohortGlue.register(mock(RecruitmentService.class), mock(ParticipationService.class), cohort, operations);
        when(operations.get(OPERATION)).thenReturn(mock(Operation.class));
        worker = ExternalTaskWorkers.worker(externalTaskService(), new EmploymentStatusHandler(cohort, statusService, calendar));
        when(cohort.franceTravailIdOf(ENROLMENT)).thenReturn(FRANCE_TRAVAIL_ID);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void situationsKnownToTheStatusServiceAreRecordedAtOneThreeAndSixMonths() {
        serviceSays(LocalDate.of(2027, 4, 30), Situation.CDI);
        serviceSays(LocalDate.of(2027, 6, 30), Situation.TRAINING);
        serviceSays(LocalDate.of(2027, 9, 30), Situation.STILL_SEEKING);
        ProcessInstance instance = started();

        checkpointPasses(instance, LocalDate.of(2027, 4, 30));
        checkpointPasses(instance, LocalDate.of(2027, 6, 30));
        checkpointPasses(instance, LocalDate.of(2027, 9, 30));

        verify(outcomes).record(fromTheService(Checkpoint.M1, Situation.CDI, OutcomeClass.EMPLOYMENT));
        verify(outcomes).record(fromTheService(Checkpoint.M3, Situation.TRAINING, OutcomeClass.TRAINING));
        verify(outcomes).record(fromTheService(Checkpoint.M6, Situation.STILL_SEEKING, OutcomeClass.NONE));
        assertThat(instance).isEnded().hasPassed(TASK_CLASSIFY_OUTCOME, TASK_RECORD_OUTCOME, END_FOLLOW_UP_DONE)
                .hasNotPassed(TASK_QUALIFY_SITUATION);
    }

    @Test
    void aCheckpointOnAPublicHolidayIsLookedUpOnTheNextWorkingDay() {
        // the action ended on Monday 14 June 2027: M1 falls on 14 July (Fête nationale), M3 and M6 on working days
        serviceSays(LocalDate.of(2027, 7, 15), Situation.CDI);
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(OutcomeFollowUpProcess.KEY, "AAE-2027-HDF-0001", Map.of(
                "operationId", OPERATION, "enrolmentId", ENROLMENT, "agencyCode", "lens", "actionEndedOn", "2027-06-14"));

        checkpointPasses(instance, LocalDate.of(2027, 7, 15));

        verify(outcomes).record(fromTheService(Checkpoint.M1, Situation.CDI, OutcomeClass.EMPLOYMENT));
        Assertions.assertThat(job(instance).getDuedate()).as("M3, Tuesday 14 September")
                .isEqualTo(Date.from(ZonedDateTime.of(LocalDate.of(2027, 9, 14).atStartOfDay(), PARIS).toInstant()));
    }

    @Test
    void anUnknownSituationIsQualifiedByACounsellor() {
        serviceSays(LocalDate.of(2027, 6, 30), Situation.CDD_UNDER_6_MONTHS);
        ProcessInstance instance = started();

        checkpointPasses(instance, LocalDate.of(2027, 4, 30));
        assertThat(instance).isWaitingAt(TASK_QUALIFY_SITUATION);
        assertThat(task()).hasName("Qualifier la situation à 1 mois").hasCandidateGroup("agence-lens").hasFormKey(null);
        Assertions.assertThat(task().getDueDate()).isNotNull();
        Assertions.assertThat(taskService().getVariableLocal(task().getId(), "franceTravailId")).isEqualTo(FRANCE_TRAVAIL_ID);
        Assertions.assertThat(taskService().getVariableLocal(task().getId(), "checkpoint")).isEqualTo("M1");
        taskService().setAssignee(task().getId(), "cdupont");
        taskService().complete(task().getId(), Map.of("situation", "SUBSIDISED_CONTRACT"));
        verify(outcomes).record(new RecordOutcome(ENROLMENT, OPERATION, Checkpoint.M1, Situation.SUBSIDISED_CONTRACT,
                OutcomeClass.EMPLOYMENT, OutcomeSource.COUNSELLOR, "cdupont"));

        checkpointPasses(instance, LocalDate.of(2027, 6, 30));
        verify(outcomes).record(fromTheService(Checkpoint.M3, Situation.CDD_UNDER_6_MONTHS, OutcomeClass.EMPLOYMENT));
        Assertions.assertThat(runtimeService().getVariable(instance.getId(), "situation")).as("chaque point garde sa situation").isNull();

        checkpointPasses(instance, LocalDate.of(2027, 9, 30));
        assertThat(task()).hasName("Qualifier la situation à 6 mois");
        taskService().complete(task().getId(), Map.of("situation", "OTHER"));
        verify(outcomes).record(new RecordOutcome(ENROLMENT, OPERATION, Checkpoint.M6, Situation.OTHER, OutcomeClass.NONE,
                OutcomeSource.COUNSELLOR, "système"));
        assertThat(instance).isEnded().hasPassed(TASK_QUALIFY_SITUATION, END_FOLLOW_UP_DONE);
    }

    @Test
    void theCounsellorMustChooseAKnownSituationForThisCheckpoint() {
        ProcessInstance instance = started();
        checkpointPasses(instance, LocalDate.of(2027, 4, 30));

        assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of()))
                .hasMessageContaining("situation : choisissez la situation du participant");
        assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of("situation", "UNKNOWN")))
                .hasMessageContaining("situation : choisissez la situation du participant");
        assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of("situation", "RETRAITE")))
                .hasMessageContaining("situation : valeur inconnue");
        assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of("situation", "CDI", "checkpoint", "M6")))
                .hasMessageContaining("checkpoint");

        assertThat(instance).isWaitingAt(TASK_QUALIFY_SITUATION);
        verifyNoInteractions(outcomes);
    }

    @Test
    void aStatusServiceFailureLeavesTheLookUpToBeRetried() {
        when(statusService.situationOf(FRANCE_TRAVAIL_ID, LocalDate.of(2027, 4, 30)))
                .thenThrow(new EmploymentStatusUnavailable("le service de situation a répondu HTTP 503"));
        ProcessInstance instance = started();
        execute(job(instance));

        Assertions.assertThat(worker.runOnce()).isZero();

        assertThat(instance).isWaitingAt(TASK_LOOK_UP_SITUATION);
        Assertions.assertThat(externalTaskService().createExternalTaskQuery().singleResult().getRetries()).isEqualTo(3);
        verify(outcomes, never()).record(org.mockito.ArgumentMatchers.any());
    }

    private ProcessInstance started() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(OutcomeFollowUpProcess.KEY, "AAE-2027-HDF-0001", Map.of(
                "operationId", OPERATION, "enrolmentId", ENROLMENT, "agencyCode", "lens", "actionEndedOn", ACTION_ENDED_ON.toString()));
        assertThat(instance).isWaitingAt(TIMER_CHECKPOINT);
        return instance;
    }

    /** Fires the checkpoint's timer (due on {@code day} at midnight, Paris), works the look-up and its continuation. */
    private void checkpointPasses(ProcessInstance instance, LocalDate day) {
        assertThat(instance).isWaitingAt(TIMER_CHECKPOINT);
        Assertions.assertThat(job(instance).getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(day.atStartOfDay(), PARIS).toInstant()));
        execute(job(instance));
        assertThat(instance).isWaitingAt(TASK_LOOK_UP_SITUATION);
        Assertions.assertThat(worker.runOnce()).isEqualTo(1);
        execute(job(instance));
    }

    private void serviceSays(LocalDate day, Situation situation) {
        when(statusService.situationOf(FRANCE_TRAVAIL_ID, day)).thenReturn(Optional.of(situation));
    }

    private static RecordOutcome fromTheService(Checkpoint checkpoint, Situation situation, OutcomeClass outcomeClass) {
        return new RecordOutcome(ENROLMENT, OPERATION, checkpoint, situation, outcomeClass, OutcomeSource.STATUS_SERVICE, "système");
    }
}
