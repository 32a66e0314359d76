package fr.francetravail.aae.partnership;

import static fr.francetravail.aae.partnership.PartnershipProcess.END_CONVENTION_DECLINED;
import static fr.francetravail.aae.partnership.PartnershipProcess.END_CONVENTION_SIGNED;
import static fr.francetravail.aae.partnership.PartnershipProcess.END_PARTNERSHIP_ABANDONED;
import static fr.francetravail.aae.partnership.PartnershipProcess.END_PARTNER_REMINDED;
import static fr.francetravail.aae.partnership.PartnershipProcess.TASK_DRAFT_CONVENTION;
import static fr.francetravail.aae.partnership.PartnershipProcess.TASK_HANDLE_UNANSWERED;
import static fr.francetravail.aae.partnership.PartnershipProcess.TASK_REMIND_PARTNER;
import static fr.francetravail.aae.partnership.PartnershipProcess.TASK_REVIEW_CONVENTION;
import static fr.francetravail.aae.partnership.PartnershipProcess.TASK_SIGN_CONVENTION;
import static fr.francetravail.aae.partnership.PartnershipProcess.TIMER_PARTNER_ESCALATION;
import static fr.francetravail.aae.partnership.PartnershipProcess.TIMER_PARTNER_REMINDER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.platform.TimerSettings;
import fr.francetravail.aae.support.ProcessTestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code aae-partnership}, timers included, with the real listeners and a mocked domain. */
@Deployment(resources = {"aae-partnership.bpmn", "payment-eligibility.dmn"})
class PartnershipProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final long OPERATION_ID = 42L;
    /** Monday 2 March 2026, 09:00 in Paris. */
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    /** Five days after {@link #NOW} is Saturday 7 March: the partner's due date and reminder move to Monday 9, 09:00. */
    private static final Instant FIVE_DAYS_LATER_ON_A_WORKING_DAY = Instant.parse("2026-03-09T08:00:00Z");

    private final ConventionService conventions = mock(ConventionService.class);

    @BeforeEach
    void registerGlue() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register("aaeTimers", TimerSettings.production());
        Mocks.register("conventionDraftedListener", new ConventionDraftedListener(conventions));
        Mocks.register("conventionReviewedListener", new ConventionReviewedListener(conventions));
        Mocks.register("conventionSignedListener", new ConventionSignedListener(conventions));
        Mocks.register("partnershipEscalationListener", new PartnershipEscalationListener(conventions));
        Mocks.register("remindPartnerDelegate", new RemindPartnerDelegate(conventions));
        answerWith(PartnerDecision.ACCEPTED, ConventionStatus.ACCEPTED);
        answerWith(PartnerDecision.CHANGES_REQUESTED, ConventionStatus.CHANGES_REQUESTED);
        answerWith(PartnerDecision.DECLINED, ConventionStatus.DECLINED);
        Convention relaunched = conventionIn(ConventionStatus.SUBMITTED);
        Convention abandoned = conventionIn(ConventionStatus.ABANDONED);
        when(conventions.escalate(anyLong(), eq(EscalationDecision.RELAUNCH), anyString(), anyString())).thenReturn(relaunched);
        when(conventions.escalate(anyLong(), eq(EscalationDecision.ABANDON), anyString(), anyString())).thenReturn(abandoned);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void acceptedThenSignedByAManager() {
        ProcessInstance partnership = start();

        assertThat(partnership).isWaitingAt(TASK_DRAFT_CONVENTION).task().hasCandidateGroup("agence-lens");
        assertThat(partnership).hasPassed(PartnershipProcess.TASK_COMPUTE_LUMP_SUM).variables().containsEntry("lumpSum", 2700);
        draft(partnership);
        verify(conventions).draft(eq(OPERATION_ID), eq(new ConventionDraft(OBJECTIVES, PLAN, 2700)), anyString());

        assertThat(partnership).isWaitingAt(TASK_REVIEW_CONVENTION).task().hasCandidateGroup("partenaire-louvre-lens")
                .hasDueDate(Date.from(FIVE_DAYS_LATER_ON_A_WORKING_DAY));
        complete(task(partnership), withVariables("partnerDecision", "ACCEPTED"));

        assertThat(partnership).isWaitingAt(TASK_SIGN_CONVENTION).task().hasCandidateGroup("managers");
        complete(task(partnership), withVariables("signatureConfirmed", true));

        verify(conventions).sign(eq(OPERATION_ID), eq(true), anyString());
        assertThat(partnership).isEnded().hasPassed(END_CONVENTION_SIGNED).variables().containsEntry("partnershipOutcome", "SIGNED");
    }

    @Test
    void changesRequestedLoopBackToTheCounsellor() {
        ProcessInstance partnership = start();
        draft(partnership);
        complete(task(partnership), withVariables("partnerDecision", "CHANGES_REQUESTED", "partnerComment", "Décaler au mardi"));

        assertThat(partnership).isWaitingAt(TASK_DRAFT_CONVENTION);
        verify(conventions).answer(eq(OPERATION_ID), eq(PartnerDecision.CHANGES_REQUESTED), eq("Décaler au mardi"), anyString());
        draft(partnership);
        acceptAndSign(partnership);

        assertThat(partnership).isEnded().hasPassed(END_CONVENTION_SIGNED);
    }

    @Test
    void declinedByThePartner() {
        ProcessInstance partnership = start();
        draft(partnership);
        complete(task(partnership), withVariables("partnerDecision", "DECLINED", "partnerComment", "Pas de salle disponible"));

        assertThat(partnership).isEnded().hasPassed(END_CONVENTION_DECLINED).hasNotPassed(TASK_SIGN_CONVENTION)
                .variables().containsEntry("partnershipOutcome", "DECLINED");
    }

    @Test
    void partnerRemindedAfterFiveDaysWhileTheReviewStaysOpen() {
        ProcessInstance partnership = start();
        draft(partnership);

        Assertions.assertThat(job(TIMER_PARTNER_REMINDER, partnership).getDuedate())
                .isEqualTo(Date.from(FIVE_DAYS_LATER_ON_A_WORKING_DAY));
        execute(job(TIMER_PARTNER_REMINDER, partnership));

        verify(conventions).remindPartner(eq(OPERATION_ID), anyString());
        assertThat(partnership).hasPassed(TASK_REMIND_PARTNER, END_PARTNER_REMINDED).isWaitingAt(TASK_REVIEW_CONVENTION);
        acceptAndSign(partnership);
        assertThat(partnership).isEnded();
    }

    @Test
    void dueDatesAndTimersThatFallOnAPublicHolidayMoveToTheNextWorkingDay() {
        // Thursday 9 July 2026, 10:00 in Paris: five days later is Tuesday 14 July, the Fête nationale
        Instant thursday = Instant.parse("2026-07-09T08:00:00Z");
        ClockUtil.setCurrentTime(Date.from(thursday));
        ProcessInstance partnership = start();

        assertThat(partnership).task().hasDueDate(Date.from(thursday.plus(Duration.ofDays(7))));
        draft(partnership);

        Instant wednesday = Instant.parse("2026-07-15T08:00:00Z");
        assertThat(partnership).task().hasDueDate(Date.from(wednesday));
        Assertions.assertThat(job(TIMER_PARTNER_REMINDER, partnership).getDuedate()).isEqualTo(Date.from(wednesday));
        Assertions.assertThat(job(TIMER_PARTNER_ESCALATION, partnership).getDuedate()).isEqualTo(Date.from(thursday.plus(Duration.ofDays(21))));
    }

    @Test
    void managerRelaunchesAfterTwentyOneDaysOfSilence() {
        ProcessInstance partnership = start();
        draft(partnership);

        Assertions.assertThat(job(TIMER_PARTNER_ESCALATION, partnership).getDuedate())
                .isEqualTo(Date.from(NOW.plus(Duration.ofDays(21))));
        execute(job(TIMER_PARTNER_ESCALATION, partnership));

        assertThat(partnership).isWaitingAt(TASK_HANDLE_UNANSWERED).task().hasCandidateGroup("managers");
        complete(task(partnership), withVariables("escalationDecision", "RELAUNCH", "escalationComment", "Appel au musée fait"));

        assertThat(partnership).isWaitingAt(TASK_REVIEW_CONVENTION);
        acceptAndSign(partnership);
        assertThat(partnership).isEnded().hasPassed(END_CONVENTION_SIGNED);
    }

    @Test
    void managerAbandonsAfterTwentyOneDaysOfSilence() {
        ProcessInstance partnership = start();
        draft(partnership);
        execute(job(TIMER_PARTNER_ESCALATION, partnership));
        complete(task(partnership), withVariables("escalationDecision", "ABANDON", "escalationComment", "Structure injoignable"));

        verify(conventions).escalate(OPERATION_ID, EscalationDecision.ABANDON, "Structure injoignable", "système");
        assertThat(partnership).isEnded().hasPassed(END_PARTNERSHIP_ABANDONED)
                .variables().containsEntry("partnershipOutcome", "ABANDONED");
    }

    @Test
    void refusedFormKeepsTheTaskOpen() {
        when(conventions.answer(eq(OPERATION_ID), eq(PartnerDecision.CHANGES_REQUESTED), isNull(), anyString()))
                .thenThrow(new InvalidInputException("partnerComment", "est obligatoire"));
        ProcessInstance partnership = start();
        draft(partnership);
        String review = task(partnership).getId();

        assertThatThrownBy(() -> taskService().complete(review, Map.of("partnerDecision", "CHANGES_REQUESTED")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("partnerComment : est obligatoire");
        assertThatThrownBy(() -> taskService().complete(review, Map.of("partnerDecision", "PEUT-ETRE")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("partnerDecision : valeur inconnue");

        assertThat(partnership).isWaitingAt(TASK_REVIEW_CONVENTION);
        verify(conventions, never()).answer(anyLong(), eq(PartnerDecision.ACCEPTED), any(), anyString());
    }

    private static final String OBJECTIVES = "Remobiliser dix demandeurs d'emploi par la danse.";
    private static final String PLAN = "Six ateliers hebdomadaires de trois heures.";

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PartnershipProcess.KEY, "AAE-2026-HDF-0001", Map.of(
                "operationId", OPERATION_ID, "operationReference", "AAE-2026-HDF-0001", "agencyCode", "lens",
                "partnerSlug", "louvre-lens", "partnerName", "Louvre-Lens", "venue", "Galerie du temps", "targetGroupSize", 10));
    }

    private void draft(ProcessInstance partnership) {
        complete(task(TASK_DRAFT_CONVENTION, partnership), withVariables("conventionObjectives", OBJECTIVES, "conventionWorkshopPlan", PLAN));
    }

    private void acceptAndSign(ProcessInstance partnership) {
        complete(task(TASK_REVIEW_CONVENTION, partnership), withVariables("partnerDecision", "ACCEPTED"));
        complete(task(TASK_SIGN_CONVENTION, partnership), withVariables("signatureConfirmed", true));
    }

    private void answerWith(PartnerDecision decision, ConventionStatus status) {
        Convention answered = conventionIn(status);
        when(conventions.answer(eq(OPERATION_ID), eq(decision), any(), anyString())).thenReturn(answered);
    }

    private static Convention conventionIn(ConventionStatus status) {
        Convention convention = mock(Convention.class);
        when(convention.getStatus()).thenReturn(status);
        return convention;
    }
}
