package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.BOUNDARY_OPERATION_CANCELLED;
import static fr.francetravail.aae.operation.OperationProcess.CALL_ENROLMENT;
import static fr.francetravail.aae.operation.OperationProcess.CALL_OUTCOME_FOLLOW_UP;
import static fr.francetravail.aae.operation.OperationProcess.CALL_PARTNERSHIP;
import static fr.francetravail.aae.operation.OperationProcess.CALL_PARTNER_PAYMENT;
import static fr.francetravail.aae.operation.OperationProcess.END_CANDIDATES_ANSWERED;
import static fr.francetravail.aae.operation.OperationProcess.END_OPERATION_CANCELLED;
import static fr.francetravail.aae.operation.OperationProcess.END_OPERATION_CLOSED;
import static fr.francetravail.aae.operation.OperationProcess.END_PHASE_FAILED;
import static fr.francetravail.aae.operation.OperationProcess.EVENT_COHORT_TARGET_REACHED;
import static fr.francetravail.aae.operation.OperationProcess.GATEWAY_RECRUITMENT_ENDS;
import static fr.francetravail.aae.operation.OperationProcess.TASK_ALERT_MANAGERS_INACTIVE;
import static fr.francetravail.aae.operation.OperationProcess.TASK_BUILD_COHORT;
import static fr.francetravail.aae.operation.OperationProcess.TASK_CANCEL_OPERATION;
import static fr.francetravail.aae.operation.OperationProcess.TASK_CHECK_INACTIVITY;
import static fr.francetravail.aae.operation.OperationProcess.TASK_COUNSELLOR_SURVEY;
import static fr.francetravail.aae.operation.OperationProcess.TASK_END_ACTION;
import static fr.francetravail.aae.operation.OperationProcess.TASK_EXTEND_RECRUITMENT;
import static fr.francetravail.aae.operation.OperationProcess.TASK_FOLLOW_UP_ABSENCE;
import static fr.francetravail.aae.operation.OperationProcess.TASK_PARTNER_SURVEY;
import static fr.francetravail.aae.operation.OperationProcess.TASK_RECORD_AGREEMENT_SIGNED;
import static fr.francetravail.aae.operation.OperationProcess.TASK_RECORD_ATTENDANCE;
import static fr.francetravail.aae.operation.OperationProcess.TASK_RECORD_MEETING_RESULTS;
import static fr.francetravail.aae.operation.OperationProcess.TASK_REGISTER_EMPLOYERS;
import static fr.francetravail.aae.operation.OperationProcess.TASK_REMIND_ATTENDANCE;
import static fr.francetravail.aae.operation.OperationProcess.TASK_VALIDATE_COHORT;
import static fr.francetravail.aae.operation.OperationProcess.TASK_WRITE_BILAN;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_ATTENDANCE_LATE;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_COUNSELLOR_SURVEY_CLOSED;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_EMPLOYER_MEETING_OVER;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_EMPLOYER_MEETING_REMINDER;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_INACTIVITY_CHECK;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_PARTNER_SURVEY_CLOSED;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_PARTNER_SURVEY_LATE;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_RECRUITMENT_DEADLINE;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_SURVEY_CLOSE;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_SURVEY_REMINDER;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_WORKSHOP_EVE;
import static fr.francetravail.aae.operation.OperationProcess.TIMER_WORKSHOP_OVER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processDefinitionQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.francetravail.aae.cohort.CandidateBatch;
import fr.francetravail.aae.cohort.CohortGlue;
import fr.francetravail.aae.cohort.CohortService;
import fr.francetravail.aae.cohort.Enrolment;
import fr.francetravail.aae.cohort.ParticipationService;
import fr.francetravail.aae.cohort.RecruitmentService;
import fr.francetravail.aae.cohort.RecruitmentService.CohortCounts;
import fr.francetravail.aae.cohort.RecruitmentService.Recruitment;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.partner.CulturalPartner;
import fr.francetravail.aae.partner.PartnerService;
import fr.francetravail.aae.platform.EngineSystem;
import fr.francetravail.aae.platform.TimerSettings;
import fr.francetravail.aae.support.ProcessTestEngine;
import fr.francetravail.aae.workshop.WorkshopCalendar;
import fr.francetravail.aae.workshop.WorkshopGlue;
import fr.francetravail.aae.workshop.WorkshopService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * Every path of {@code aae-operation} with its real glue, the real {@code cohort-readiness} table and mocked domain
 * services. The partnership and each candidate's enrolment are replaced by one-step stand-ins, so this test is about
 * the main flow: phases, variable mapping, decisions, timers and the escalation of repeated absences.
 */
@Deployment(resources = {"aae-operation.bpmn", "cohort-readiness.dmn"})
class OperationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String REFERENCE = "AAE-2026-HDF-0007";
    private static final Instant DEADLINE = Instant.parse("2026-12-22T00:00:00Z");

    private final OperationService operations = mock(OperationService.class);
    private final OperationCancellations cancellations = mock(OperationCancellations.class);
    private final OperationProposals proposals = mock(OperationProposals.class);
    private final ActionReviews actionReviews = mock(ActionReviews.class);
    private final PartnerService partners = mock(PartnerService.class);
    private final RecruitmentService recruitment = mock(RecruitmentService.class);
    private final ParticipationService participation = mock(ParticipationService.class);
    private final CohortService cohort = mock(CohortService.class);
    private final WorkshopService workshops = mock(WorkshopService.class);
    private final WorkshopCalendar calendar = mock(WorkshopCalendar.class);
    private final Operation operation = mock(Operation.class);
    private final EngineSystem engineSystem = mock(EngineSystem.class);
    private final ManagerAlerts alerts = mock(ManagerAlerts.class);
    private final MeetingDates meetingDates = new MeetingDates();
    private final JavaDelegate openEmployerMeeting = mock(JavaDelegate.class);
    private final TaskListener employersRegistered = mock(TaskListener.class);
    private final JavaDelegate remindEmployerMeeting = mock(JavaDelegate.class);
    private final TaskListener meetingResultsRecorded = mock(TaskListener.class);
    private final JavaDelegate sendParticipantSurveys = mock(JavaDelegate.class);
    private final JavaDelegate remindParticipantSurveys = mock(JavaDelegate.class);
    private final JavaDelegate remindPartnerSurvey = mock(JavaDelegate.class);
    private final TaskListener staffSurveyAnswered = mock(TaskListener.class);
    private String standInDeployment;

    @BeforeEach
    void registerGlue() {
        standInDeployment = BpmnAwareTests.repositoryService().createDeployment()
                .addModelInstance("aae-partnership.bpmn", Bpmn.createExecutableProcess("aae-partnership").camundaHistoryTimeToLive(1)
                        .startEvent().receiveTask("Task_PartnershipStandIn").endEvent().done())
                .addModelInstance("aae-enrolment.bpmn", Bpmn.createExecutableProcess("aae-enrolment").camundaHistoryTimeToLive(1)
                        .startEvent().receiveTask("Task_EnrolmentStandIn").endEvent().done())
                .addModelInstance("aae-outcome-follow-up.bpmn", Bpmn.createExecutableProcess("aae-outcome-follow-up").camundaHistoryTimeToLive(1)
                        .startEvent().receiveTask("Task_FollowUpStandIn").endEvent().done())
                .addModelInstance("aae-partner-payment.bpmn", Bpmn.createExecutableProcess("aae-partner-payment").camundaHistoryTimeToLive(1)
                        .startEvent().receiveTask("Task_PaymentStandIn").endEvent().done())
                .deploy().getId();

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
        when(engineSystem.call(any())).thenAnswer(call -> call.<Supplier<?>>getArgument(0).get());
        Mocks.register("registerProposedOperationListener", new RegisterProposedOperationListener(operations, proposals, starter()));
        Mocks.register("recordAgreementSignedDelegate", new RecordAgreementSignedDelegate(operations));
        Mocks.register("cancelOperationDelegate", new CancelOperationDelegate(cancellations));
        Mocks.register("checkInactivityDelegate", new CheckInactivityDelegate(operations));
        Mocks.register("alertManagersOfInactivityDelegate", new AlertManagersOfInactivityDelegate(operations, alerts,
                Clock.system(ZoneId.of("Europe/Paris"))));
        Mocks.register("bilanWrittenListener", new BilanWrittenListener(actionReviews));
        Mocks.register("startFollowUpDelegate", new StartFollowUpDelegate(operations));
        Mocks.register("closeOperationDelegate", new CloseOperationDelegate(operations));
        Mocks.register("aaeTimers", TimerSettings.production());
        Mocks.register("employerMeetingCalendar", meetingDates);
        Mocks.register("openEmployerMeetingDelegate", openEmployerMeeting);
        Mocks.register("employersRegisteredListener", employersRegistered);
        Mocks.register("remindEmployerMeetingDelegate", remindEmployerMeeting);
        Mocks.register("meetingResultsRecordedListener", meetingResultsRecorded);
        Mocks.register("sendParticipantSurveysDelegate", sendParticipantSurveys);
        Mocks.register("remindParticipantSurveysDelegate", remindParticipantSurveys);
        Mocks.register("remindPartnerSurveyDelegate", remindPartnerSurvey);
        Mocks.register("staffSurveyAnsweredListener", staffSurveyAnswered);
        CohortGlue.register(recruitment, participation, cohort, operations);
        WorkshopGlue.register(workshops, calendar);
        when(calendar.reminderAt(anyLong())).thenReturn(Date.from(Instant.parse("2027-01-04T09:00:00Z")));
        when(calendar.sheetOpensAt(anyLong())).thenReturn(Date.from(Instant.parse("2027-01-05T16:00:00Z")));
        when(calendar.attendanceDueAt(anyLong())).thenReturn(Date.from(Instant.parse("2027-01-07T16:00:00Z")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.repositoryService().deleteDeployment(standInDeployment, true);
    }

    @Test
    void signedConventionOpensCohortBuilding() {
        ProcessInstance instance = startedThroughTheApi();

        assertThat(instance).isWaitingAt(CALL_PARTNERSHIP);
        ProcessInstance partnership = calledProcessInstance(instance);
        assertThat(partnership).hasBusinessKey(REFERENCE).variables().containsOnlyKeys("operationId", "operationReference",
                "agencyCode", "partnerSlug", "partnerName", "venue", "targetGroupSize");
        finishPartnership(partnership, "SIGNED");

        verify(operations).attachProcess(7L, REFERENCE);
        verify(operations).markAgreementSigned(7L);
        verify(proposals, never()).register(any(), any());
        assertThat(instance).hasPassed(OperationProcess.START_EVENT, TASK_RECORD_AGREEMENT_SIGNED).isWaitingAt(TASK_BUILD_COHORT)
                .hasNotPassed(TASK_CANCEL_OPERATION);
    }

    @Test
    void declinedConventionCancelsTheOperation() {
        ProcessInstance instance = startedThroughTheApi();
        finishPartnership(calledProcessInstance(instance), "DECLINED");
        runAsynchronousSteps(instance);

        verify(cancellations).cancel(eq(7L), eq(CancellationReason.CONVENTION_DECLINED), any());
        assertThat(instance).isEnded().hasPassed(END_PHASE_FAILED, TASK_CANCEL_OPERATION, END_OPERATION_CANCELLED);
    }

    @Test
    void abandonedPartnershipCancelsTheOperation() {
        ProcessInstance instance = startedThroughTheApi();
        finishPartnership(calledProcessInstance(instance), "ABANDONED");
        runAsynchronousSteps(instance);

        verify(cancellations).cancel(eq(7L), eq(CancellationReason.PARTNERSHIP_ABANDONED), any());
        assertThat(instance).isEnded().hasPassed(END_OPERATION_CANCELLED);
    }

    @Test
    void theCohortFormHandsItsCandidatesToTheDomainAndKeepsNoneOfThem() {
        when(recruitment.openRecruitment(7L, LocalDate.of(2026, 12, 15), false)).thenReturn(new Recruitment(List.of(101L), DEADLINE));
        ProcessInstance instance = startedThroughTheApi();
        finishPartnership(calledProcessInstance(instance), "SIGNED");

        taskService().complete(task(instance).getId(), Map.of("infoMeetingDate", "2026-12-15", "candidates", List.of(Map.of(
                "franceTravailId", "1234567A", "lastName", "Durand", "firstName", "Léa", "email", "lea.durand@example.org",
                "birthYear", 1990, "registeredSince", "2024-03-01", "recognisedDisability", true))));

        ArgumentCaptor<CandidateBatch> batch = ArgumentCaptor.forClass(CandidateBatch.class);
        verify(recruitment).addCandidates(eq(7L), batch.capture(), eq("système"));
        Assertions.assertThat(batch.getValue().candidates()).singleElement()
                .satisfies(candidate -> Assertions.assertThat(candidate.lastName()).isEqualTo("Durand"))
                .satisfies(candidate -> Assertions.assertThat(candidate.recognisedDisability()).isTrue());
        Assertions.assertThat(batch.getValue().field(0, "email")).isEqualTo("candidates[0].email");
        assertThat(instance).isWaitingAt(CALL_ENROLMENT).variables().doesNotContainKey("candidates")
                .containsEntry("candidateIds", List.of(101L));
        ProcessInstance enrolment = calledProcessInstance("aae-enrolment", instance);
        assertThat(enrolment).hasBusinessKey(REFERENCE).variables().containsEntry("enrolmentId", 101L)
                .containsEntry("recruitmentDeadline", Date.from(DEADLINE));
        Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().variableName("candidates").count()).isZero();
        Assertions.assertThat(historyService().createHistoricDetailQuery().variableUpdates().list())
                .extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName()).contains("infoMeetingDate").doesNotContain("candidates");
    }

    @Test
    void aCohortAtItsTargetFollowsTheWorkshopSeries() throws Exception {
        when(workshops.schedule(7L)).thenReturn(List.of(201L, 202L));
        when(workshops.recordAttendance(eq(201L), any(), any(), any())).thenReturn(List.of());
        when(workshops.recordAttendance(eq(202L), any(), any(), any())).thenReturn(List.of(102L));
        when(cohort.franceTravailIdOf(102L)).thenReturn("7654321B");
        when(participation.recordAbsenceFollowUp(eq(102L), any(), any())).thenReturn(mock(Enrolment.class));
        ProcessInstance instance = decided(10, false);

        assertThat(instance).isWaitingAt(TASK_VALIDATE_COHORT).hasPassed(EVENT_COHORT_TARGET_REACHED).hasNotPassed(TIMER_RECRUITMENT_DEADLINE)
                .variables().containsEntry("cohortDecision", "GO");
        assertThat(task(instance)).hasCandidateGroup("managers");
        taskService().complete(task(instance).getId(), Map.of("cohortValidation", "VALIDATED"));
        verify(operations).startWorkshops(7L);
        runAsynchronousSteps(instance);

        assertThat(instance).isWaitingAt(TIMER_WORKSHOP_EVE);
        execute(job(TIMER_WORKSHOP_EVE, instance));
        verify(workshops).remindParticipants(201L);
        execute(job(TIMER_WORKSHOP_OVER, instance));
        verify(workshops).openSheet(201L);
        assertThat(task(TASK_RECORD_ATTENDANCE, instance)).hasCandidateGroup("partenaire-louvre-lens")
                .hasDueDate(Date.from(Instant.parse("2027-01-07T16:00:00Z")));
        taskService().complete(task(TASK_RECORD_ATTENDANCE, instance).getId(), Map.of("excused", List.of("101")));
        verify(workshops).recordAttendance(eq(201L), eq(List.of(101L)), eq(List.of()), any());

        execute(job(TIMER_WORKSHOP_EVE, instance));
        execute(job(TIMER_WORKSHOP_OVER, instance));
        execute(job(TIMER_ATTENDANCE_LATE, instance));
        verify(workshops).remindAttendance(202L);
        assertThat(instance).hasPassed(TASK_REMIND_ATTENDANCE).isWaitingAt(TASK_RECORD_ATTENDANCE)
                .variables().doesNotContainKeys("excused", "unexcused");
        taskService().complete(task(TASK_RECORD_ATTENDANCE, instance).getId(), Map.of("unexcused", "[\"102\"]"));
        runAsynchronousSteps(instance);

        verify(workshops).completeSeries(7L);
        assertThat(instance).isWaitingAt(TASK_REGISTER_EMPLOYERS, TASK_FOLLOW_UP_ABSENCE);
        verify(openEmployerMeeting).execute(any());
        assertThat(task(TASK_FOLLOW_UP_ABSENCE, instance)).hasCandidateGroup("agence-lens");
        Assertions.assertThat(taskService().getVariable(task(TASK_FOLLOW_UP_ABSENCE, instance).getId(), "franceTravailId")).isEqualTo("7654321B");
        assertThatThrownBy(() -> taskService().complete(task(TASK_FOLLOW_UP_ABSENCE, instance).getId(), Map.of("followUpOutcome", "PEUT-ETRE")))
                .hasMessageContaining("followUpOutcome : valeur inconnue");
        taskService().complete(task(TASK_FOLLOW_UP_ABSENCE, instance).getId(), Map.of("followUpOutcome", "WITHDRAWS",
                "followUpComment", "Joint par téléphone : a retrouvé un emploi.", "withdrawalReason", "Reprise d'emploi"));
        runAsynchronousSteps(instance);

        verify(participation).recordAbsenceFollowUp(eq(102L), eq("Joint par téléphone : a retrouvé un emploi."), any());
        verify(participation).withdraw(eq(102L), eq("Reprise d'emploi"), any());
        assertThat(instance).isWaitingAt(TASK_REGISTER_EMPLOYERS);
        Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().variableNameLike("%withdrawal%").count()).isZero();
        Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().variableName("followUpComment").count()).isZero();
    }

    @Test
    void theActionEndsWithTheEmployerMeetingThenBilanSurveysFollowUpsAndClosure() throws Exception {
        ProcessInstance instance = atEndOfAction();

        assertThat(instance).hasPassed(OperationProcess.SUBPROCESS_ACTION, TASK_END_ACTION)
                .isWaitingAt(TASK_WRITE_BILAN, TASK_PARTNER_SURVEY, TASK_COUNSELLOR_SURVEY, TIMER_SURVEY_REMINDER)
                .variables().containsEntry("completedEnrolmentIds", List.of(101L, 102L)).containsEntry("actionEndedOn", "2027-01-20");
        verify(sendParticipantSurveys).execute(any());
        assertThat(task(TASK_PARTNER_SURVEY, instance)).hasCandidateGroup("partenaire-louvre-lens");
        assertThat(task(TASK_COUNSELLOR_SURVEY, instance)).hasCandidateGroup("agence-lens");
        assertThatThrownBy(() -> starter().cancel(operation)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("ne peut plus être annulée");

        execute(job(TIMER_PARTNER_SURVEY_LATE, instance));
        runAsynchronousSteps(instance);
        verify(remindPartnerSurvey).execute(any());
        execute(job(TIMER_SURVEY_REMINDER, instance));
        runAsynchronousSteps(instance);
        verify(remindParticipantSurveys).execute(any());
        execute(job(TIMER_SURVEY_CLOSE, instance));
        taskService().complete(task(TASK_PARTNER_SURVEY, instance).getId());
        execute(job(TIMER_COUNSELLOR_SURVEY_CLOSED, instance));
        assertThat(instance).as("l'enquête du conseiller close sans réponse").hasPassed(TIMER_COUNSELLOR_SURVEY_CLOSED);
        verify(staffSurveyAnswered).notify(any());
        when(actionReviews.writeBilan(eq(7L), eq(new BilanCommand(null, null, null, true)), any()))
                .thenThrow(new InvalidInputException("courseOfAction", "est obligatoire"));
        assertThatThrownBy(() -> taskService().complete(task(TASK_WRITE_BILAN, instance).getId(), Map.of("bilanRenewPartnership", true)))
                .hasMessageContaining("courseOfAction : est obligatoire");
        assertThat(instance).as("le bilan refusé reste à rédiger").isWaitingAt(TASK_WRITE_BILAN);
        taskService().complete(task(TASK_WRITE_BILAN, instance).getId(), Map.of("bilanCourseOfAction", "Groupe assidu ; Mme Durand a brillé.",
                "bilanStrengths", "La médiation", "bilanRenewPartnership", true));
        verify(actionReviews).writeBilan(eq(7L), eq(new BilanCommand("Groupe assidu ; Mme Durand a brillé.", "La médiation", null, true)), any());
        Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().variableNameLike("bilan%").list())
                .extracting(variable -> variable.getName()).doesNotContain("bilanCourseOfAction", "bilanStrengths", "bilanImprovements");
        runAsynchronousSteps(instance);

        verify(operations).startFollowUp(7L);
        assertThat(instance).isWaitingAt(CALL_OUTCOME_FOLLOW_UP, CALL_PARTNER_PAYMENT);
        List<ProcessInstance> followUps = runtimeService().createProcessInstanceQuery().processDefinitionKey("aae-outcome-follow-up").list();
        Assertions.assertThat(followUps).hasSize(2).allSatisfy(followUp -> assertThat(followUp).hasBusinessKey(REFERENCE)
                .variables().containsOnlyKeys("operationId", "operationReference", "agencyCode", "partnerName", "venue", "enrolmentId",
                        "actionEndedOn"));
        ProcessInstance payment = calledProcessInstance("aae-partner-payment", instance);
        assertThat(payment).hasBusinessKey(REFERENCE).variables().containsOnlyKeys("operationId", "operationReference", "agencyCode",
                "partnerSlug", "partnerName", "venue", "targetGroupSize");
        runtimeService().createExecutionQuery().activityId("Task_FollowUpStandIn").list()
                .forEach(waiting -> runtimeService().signal(waiting.getId()));
        runAsynchronousSteps(instance);
        assertThat(instance).as("l'opération attend encore son paiement").isWaitingAt(CALL_PARTNER_PAYMENT);
        verify(operations, never()).close(anyLong());
        runtimeService().signal(runtimeService().createExecutionQuery().activityId("Task_PaymentStandIn").singleResult().getId());
        runAsynchronousSteps(instance);

        verify(operations).close(7L);
        assertThat(instance).isEnded().hasPassed(END_OPERATION_CLOSED).hasNotPassed(TASK_CANCEL_OPERATION);
    }

    @Test
    void theStaffSurveysCloseUnansweredWhenTheWindowEnds() throws Exception {
        ProcessInstance instance = atEndOfAction();

        execute(job(TIMER_PARTNER_SURVEY_CLOSED, instance));
        taskService().complete(task(TASK_COUNSELLOR_SURVEY, instance).getId());

        assertThat(instance).hasPassed(TIMER_PARTNER_SURVEY_CLOSED, TASK_COUNSELLOR_SURVEY).isWaitingAt(TASK_WRITE_BILAN, TIMER_SURVEY_REMINDER);
        Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_PARTNER_SURVEY).count()).as("l'enquête de la structure est close").isZero();
        verify(staffSurveyAnswered).notify(any());
    }

    @Test
    void aManagerCancelsDuringRecruitmentAndEveryOpenTaskAndEnrolmentStops() {
        ProcessInstance instance = recruiting(List.of(101L, 102L));
        assertThat(instance).isWaitingAt(CALL_ENROLMENT, GATEWAY_RECRUITMENT_ENDS);

        starter().cancel(operation);
        runAsynchronousSteps(instance);

        verify(cancellations).cancel(eq(7L), eq(CancellationReason.MANAGER_DECISION), any());
        assertThat(instance).isEnded().hasPassed(BOUNDARY_OPERATION_CANCELLED, TASK_CANCEL_OPERATION, END_OPERATION_CANCELLED)
                .hasNotPassed(END_PHASE_FAILED);
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("aae-enrolment").count()).isZero();
        Assertions.assertThat(taskQuery().count()).isZero();
    }

    @Test
    void managersAreAlertedOfAnOperationWithoutProgressOnlyWhenItStoodStill() {
        when(operations.raiseInactivityAlert(7L)).thenReturn(false, true);
        when(operations.get(7L)).thenReturn(operation);
        when(operation.getLastProgressAt()).thenReturn(Instant.parse("2026-10-01T08:00:00Z"));
        ProcessInstance instance = startedThroughTheApi();

        execute(job(TIMER_INACTIVITY_CHECK, instance));
        assertThat(instance).hasPassed(TASK_CHECK_INACTIVITY).hasNotPassed(TASK_ALERT_MANAGERS_INACTIVE).isWaitingAt(CALL_PARTNERSHIP);
        verify(alerts, never()).alert(any(), any(), any());

        execute(job(TIMER_INACTIVITY_CHECK, instance));
        verify(alerts).alert(eq(operation), contains("sans avancement depuis le 01/10/2026"), contains("Voyez avec l'agence"));
        assertThat(instance).hasPassed(TASK_ALERT_MANAGERS_INACTIVE).isWaitingAt(CALL_PARTNERSHIP);
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).count()).as("l'alerte ne laisse aucune tâche ouverte").isZero();
        Assertions.assertThat(jobQuery().activityId(TIMER_INACTIVITY_CHECK).count()).as("le contrôle reste programmé").isOne();
    }

    @Test
    void aSmallCohortGetsOneExtensionThenIsCancelled() {
        when(recruitment.closeRecruitment(7L)).thenReturn(new CohortCounts(4, 0, 10, true), new CohortCounts(4, 0, 10, false));
        when(recruitment.openRecruitment(7L, LocalDate.of(2026, 12, 15), false)).thenReturn(new Recruitment(List.of(101L), DEADLINE),
                new Recruitment(List.of(), DEADLINE));
        ProcessInstance instance = startedThroughTheApi();
        finishPartnership(calledProcessInstance(instance), "SIGNED");
        taskService().complete(task(instance).getId(), Map.of("infoMeetingDate", "2026-12-15"));
        finishEnrolments(instance);
        assertThat(instance).isWaitingAt(GATEWAY_RECRUITMENT_ENDS).hasPassed(END_CANDIDATES_ANSWERED);
        execute(job(TIMER_RECRUITMENT_DEADLINE, instance));

        assertThat(instance).hasPassed(TASK_EXTEND_RECRUITMENT).isWaitingAt(TASK_BUILD_COHORT);
        verify(recruitment).extendRecruitment(7L);
        taskService().complete(task(instance).getId(), Map.of("infoMeetingDate", "2026-12-15"));
        execute(job(TIMER_RECRUITMENT_DEADLINE, instance));
        runAsynchronousSteps(instance);

        verify(cancellations).cancel(eq(7L), eq(CancellationReason.COHORT_TOO_SMALL), any());
        assertThat(instance).isEnded().hasPassed(END_OPERATION_CANCELLED).hasNotPassed(TASK_VALIDATE_COHORT);
    }

    @Test
    void aRejectedCohortCancelsTheOperation() {
        ProcessInstance instance = decided(10, false);

        assertThatThrownBy(() -> taskService().complete(task(instance).getId(), Map.of("cohortValidation", "REJECTED")))
                .hasMessageContaining("cohortComment : le motif du refus est obligatoire");
        assertThatThrownBy(() -> taskService().complete(task(instance).getId(), Map.of("cohortValidation", "VALIDATED", "cohortDecision", "CANCEL")))
                .hasMessageContaining("cohortDecision");
        taskService().complete(task(instance).getId(), Map.of("cohortValidation", "REJECTED", "cohortComment", "Public trop éloigné du projet"));
        runAsynchronousSteps(instance);

        verify(cancellations).cancel(eq(7L), eq(CancellationReason.COHORT_REJECTED), any());
        verify(operations, never()).startWorkshops(anyLong());
        assertThat(instance).isEnded().hasPassed(END_OPERATION_CANCELLED);
    }

    @Test
    void startFormRegistersTheOperationAndUsesItsReferenceAsBusinessKey() {
        when(proposals.register(any(), any())).thenReturn(operation);

        ProcessInstance instance = formService().submitStartForm(definitionId(), startForm(10));

        ArgumentCaptor<ProposeOperationCommand> proposal = ArgumentCaptor.forClass(ProposeOperationCommand.class);
        verify(proposals).register(proposal.capture(), any());
        Assertions.assertThat(proposal.getValue()).isEqualTo(new ProposeOperationCommand("louvre-lens", "lens",
                "Galerie du temps", ArtDiscipline.DANSE, List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 12)),
                LocalDate.of(2027, 1, 20), 10, false));
        assertThat(instance).hasBusinessKey(REFERENCE).isWaitingAt(CALL_PARTNERSHIP)
                .variables().containsEntry("operationId", 7L).containsEntry("partnerName", "Louvre-Lens")
                .doesNotContainKeys("discipline", "firstWorkshopDate", "workshopCount", "workshopIntervalDays", "employerMeetingDate");
    }

    @Test
    void theStartFormsCheckboxConfirmsDatesOnNonWorkingDaysWithoutBecomingAVariable() {
        when(proposals.register(any(), any())).thenReturn(operation);
        Map<String, Object> form = new HashMap<>(startForm(10));
        form.put("nonWorkingDaysConfirmed", true);

        ProcessInstance instance = formService().submitStartForm(definitionId(), form);

        ArgumentCaptor<ProposeOperationCommand> proposal = ArgumentCaptor.forClass(ProposeOperationCommand.class);
        verify(proposals).register(proposal.capture(), any());
        Assertions.assertThat(proposal.getValue().nonWorkingDaysConfirmed()).isTrue();
        assertThat(instance).variables().doesNotContainKey("nonWorkingDaysConfirmed");
    }

    @Test
    void refusedStartFormStartsNothing() {
        when(proposals.register(any(), any()))
                .thenThrow(new InvalidInputException("targetGroupSize", "doit être comprise entre 6 et 15"));

        assertThatThrownBy(() -> formService().submitStartForm(definitionId(), startForm(20)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("targetGroupSize : doit être comprise entre 6 et 15");
        // without a user nor the deployed form, the fields keep their keys; the labels are PartnershipLifecycleIT's
        assertThatThrownBy(() -> formService().submitStartForm(definitionId(), Map.of("firstWorkshopDate", "05/01/2027", "workshopCount", 0)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("firstWorkshopDate : date illisible")
                .hasMessageContaining("workshopCount : doit être compris entre 1 et 30");

        Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aStartNamingAnOperationThatHasItsProcessIsRefused() {
        when(operations.attachProcess(7L, "AAE-2026-HDF-0001"))
                .thenThrow(new StateConflictException("L'opération AAE-2026-HDF-0007 a déjà son processus"));
        Map<String, Object> forged = starter().variablesOf(operation);

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

    /** The enrolment stand-ins end, each as the real process would once its candidate answered. */
    private static void finishEnrolments(ProcessInstance instance) {
        runtimeService().createExecutionQuery().activityId("Task_EnrolmentStandIn").list()
                .forEach(waiting -> runtimeService().signal(waiting.getId()));
        runAsynchronousSteps(instance);
    }

    /** What the job executor would do: every asynchronous continuation due, not the timers. */
    private static void runAsynchronousSteps(ProcessInstance instance) {
        for (var jobs = jobQuery().processInstanceId(instance.getId()).messages().list(); !jobs.isEmpty();
                jobs = jobQuery().processInstanceId(instance.getId()).messages().list()) {
            jobs.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    /** A signed convention and a cohort built: the operation waits for its candidates' answers. */
    private ProcessInstance recruiting(List<Long> candidateIds) {
        when(recruitment.openRecruitment(7L, LocalDate.of(2026, 12, 15), false)).thenReturn(new Recruitment(candidateIds, DEADLINE));
        ProcessInstance instance = startedThroughTheApi();
        finishPartnership(calledProcessInstance(instance), "SIGNED");
        assertThat(instance).isWaitingAt(TASK_BUILD_COHORT);
        assertThat(task(instance)).hasCandidateGroup("agence-lens");
        taskService().complete(task(instance).getId(), Map.of("infoMeetingDate", "2026-12-15"));
        return instance;
    }

    /** The cohort reached its target (the enrolments said so), recruitment closed with these counts. */
    private ProcessInstance decided(int enrolled, boolean extensionAvailable) {
        when(recruitment.closeRecruitment(7L)).thenReturn(new CohortCounts(enrolled, 0, 10, extensionAvailable));
        ProcessInstance instance = recruiting(List.of(101L, 102L));
        assertThat(instance).isWaitingAt(CALL_ENROLMENT, GATEWAY_RECRUITMENT_ENDS);
        runtimeService().createMessageCorrelation(OperationProcess.MESSAGE_COHORT_TARGET_REACHED).processInstanceBusinessKey(REFERENCE)
                .correlateAllWithResult();
        finishEnrolments(instance);
        return instance;
    }

    /** Through the employer meeting: employers invited, reminded, results recorded; the action ends. */
    private ProcessInstance atEndOfAction() throws Exception {
        when(participation.completeAction(eq(7L), any())).thenReturn(List.of(101L, 102L));
        when(operations.get(7L)).thenReturn(operation);
        when(operation.getActionEndedOn()).thenReturn(LocalDate.of(2027, 1, 20));
        ProcessInstance instance = atEmployerMeeting();

        assertThat(task(TASK_REGISTER_EMPLOYERS, instance)).hasCandidateGroup("agence-lens").hasDueDate(meetingDates.reminderAt(7L));
        taskService().complete(task(TASK_REGISTER_EMPLOYERS, instance).getId());
        verify(employersRegistered).notify(any());
        assertThat(instance).isWaitingAt(TIMER_EMPLOYER_MEETING_REMINDER);
        execute(job(TIMER_EMPLOYER_MEETING_REMINDER, instance));
        runAsynchronousSteps(instance);
        verify(remindEmployerMeeting).execute(any());
        execute(job(TIMER_EMPLOYER_MEETING_OVER, instance));
        assertThat(task(TASK_RECORD_MEETING_RESULTS, instance)).hasCandidateGroup("agence-lens");
        taskService().complete(task(TASK_RECORD_MEETING_RESULTS, instance).getId());
        verify(meetingResultsRecorded).notify(any());
        runAsynchronousSteps(instance);
        return instance;
    }

    /** A cohort validated, one workshop attended: the operation moves on to the employer meeting. */
    private ProcessInstance atEmployerMeeting() {
        when(workshops.schedule(7L)).thenReturn(List.of(201L));
        when(workshops.recordAttendance(eq(201L), any(), any(), any())).thenReturn(List.of());
        ProcessInstance instance = decided(10, false);
        taskService().complete(task(instance).getId(), Map.of("cohortValidation", "VALIDATED"));
        runAsynchronousSteps(instance);
        execute(job(TIMER_WORKSHOP_EVE, instance));
        execute(job(TIMER_WORKSHOP_OVER, instance));
        taskService().complete(task(TASK_RECORD_ATTENDANCE, instance).getId());
        runAsynchronousSteps(instance);
        assertThat(instance).isWaitingAt(TASK_REGISTER_EMPLOYERS);
        return instance;
    }

    private OperationProcessStarter starter() {
        return new OperationProcessStarter(runtimeService(), partners, engineSystem);
    }

    /** The employer meeting's dates, as {@code employerMeetingCalendar} gives them to the timers. */
    public static final class MeetingDates {

        public Date reminderAt(long operationId) {
            return Date.from(Instant.parse("2027-01-19T09:00:00Z"));
        }

        public Date resultsOpenAt(long operationId) {
            return Date.from(Instant.parse("2027-01-20T16:00:00Z"));
        }
    }

    private ProcessInstance startedThroughTheApi() {
        return runtimeService().startProcessInstanceByKey(OperationProcess.KEY, REFERENCE,
                starter().variablesOf(operation));
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
