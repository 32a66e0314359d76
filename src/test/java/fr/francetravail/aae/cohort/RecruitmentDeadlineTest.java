package fr.francetravail.aae.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.francetravail.aae.common.Delay;
import fr.francetravail.aae.common.WorkingDays;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.platform.AaeTimers;
import fr.francetravail.aae.platform.DemoSettings;
import fr.francetravail.aae.platform.WorkingTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

/**
 * The recruitment deadline is the start of the day after the last day candidates may answer (the invitation says
 * « jusqu'au » that last day): the working-day rule is about that last day, not about the midnight that ends it.
 */
class RecruitmentDeadlineTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final long OPERATION_ID = 1L;

    @ParameterizedTest(name = "information meeting {0}: answers until {1}")
    @CsvSource({
            // a Tuesday: the deadline is the next Tuesday's midnight, the last day a Monday
            "2027-03-02, 2027-03-08",
            // a Monday: P7D ends at the next Monday's midnight, so the last day would be a Sunday
            "2027-03-01, 2027-03-08",
            // a Tuesday a week before Easter Monday (29/03/2027): the last day would be the holiday
            "2027-03-23, 2027-03-30"})
    void candidatesAnswerUntilAWorkingDay(LocalDate infoMeeting, LocalDate lastDay) {
        Clock clock = Clock.fixed(Instant.parse("2027-02-15T09:00:00Z"), PARIS);
        OperationService operations = mock(OperationService.class);
        EnrolmentRepository enrolments = mock(EnrolmentRepository.class);
        AaeTimers timers = mock(AaeTimers.class);
        Operation operation = mock(Operation.class);
        Enrolment candidate = mock(Enrolment.class);
        when(operations.lock(OPERATION_ID)).thenReturn(operation);
        when(candidate.getId()).thenReturn(5L);
        when(enrolments.findByOperationIdAndStatusOrderById(OPERATION_ID, EnrolmentStatus.CANDIDATE)).thenReturn(List.of(candidate));
        when(timers.recruitmentDecisionDelay()).thenReturn(Delay.parse("P7D"));
        when(operations.openRecruitment(eq(OPERATION_ID), eq(infoMeeting), eq(false), any())).thenReturn(operation);
        RecruitmentService recruitment = new RecruitmentService(null, enrolments, operations, null, null, null, timers,
                new OperationCalendar(clock, DemoSettings.calendarDays()), clock, new WorkingTime(DemoSettings.calendarDays()));

        recruitment.openRecruitment(OPERATION_ID, infoMeeting, false);

        ArgumentCaptor<Instant> deadline = ArgumentCaptor.forClass(Instant.class);
        verify(operations).openRecruitment(eq(OPERATION_ID), eq(infoMeeting), eq(false), deadline.capture());
        LocalDate answersUntil = LocalDate.ofInstant(deadline.getValue(), PARIS).minusDays(1);
        assertThat(WorkingDays.isWorkingDay(answersUntil)).as("le dernier jour pour répondre, %s", answersUntil).isTrue();
        assertThat(deadline.getValue()).isEqualTo(lastDay.plusDays(1).atStartOfDay(PARIS).toInstant());
    }
}
