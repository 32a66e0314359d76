package fr.francetravail.aae.outcome;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.ACTION_ENDED_ON;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.CHECKPOINT;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.SITUATION;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.SITUATION_RECORDED_BY;
import static fr.francetravail.aae.outcome.OutcomeFollowUpProcess.Variables.SITUATION_SOURCE;

import fr.francetravail.aae.cohort.CohortService;
import fr.francetravail.aae.platform.ExternalTaskHandler;
import fr.francetravail.aae.platform.ExternalTaskInput;
import fr.francetravail.aae.platform.ProcessGlue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Topic {@code employment-status}: the participant's situation on the checkpoint's day, asked of the status service
 * under the France Travail id the cohort knows. A read: handing the task out again asks again, nothing else.
 */
@Component
class EmploymentStatusHandler implements ExternalTaskHandler {

    private final CohortService cohort;
    private final EmploymentStatusClient statusService;
    private final OutcomeCalendar calendar;

    EmploymentStatusHandler(CohortService cohort, EmploymentStatusClient statusService, OutcomeCalendar calendar) {
        this.cohort = cohort;
        this.statusService = statusService;
        this.calendar = calendar;
    }

    @Override
    public String topic() {
        return OutcomeFollowUpProcess.TOPIC_EMPLOYMENT_STATUS;
    }

    @Override
    public List<String> variables() {
        return List.of(OPERATION_ID, ENROLMENT_ID, CHECKPOINT, ACTION_ENDED_ON);
    }

    @Override
    public Map<String, Object> handle(ExternalTaskInput task) {
        LocalDate day = calendar.dayOf(task.longValue(OPERATION_ID), LocalDate.parse(task.text(ACTION_ENDED_ON)),
                Checkpoint.valueOf(task.text(CHECKPOINT)));
        return statusService.situationOf(cohort.franceTravailIdOf(task.longValue(ENROLMENT_ID)), day)
                .<Map<String, Object>>map(situation -> Map.of(SITUATION, situation.name(),
                        SITUATION_SOURCE, OutcomeSource.STATUS_SERVICE.name(), SITUATION_RECORDED_BY, ProcessGlue.SYSTEM_ACTOR))
                .orElseGet(() -> Map.of(SITUATION, OutcomeFollowUpProcess.SITUATION_UNKNOWN));
    }
}
