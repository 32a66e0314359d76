package fr.francetravail.aae.workshop;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.cohort.CohortService;
import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.platform.FormDisplayData;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The attendance sheet lists the enrolled participants by name; the partner ticks ids, names never reach the engine. */
@Component
class AttendanceSheetParticipants implements FormDisplayData {

    static final String PARTICIPANTS = "participants";

    private final CohortService cohort;

    AttendanceSheetParticipants(CohortService cohort) {
        this.cohort = cohort;
    }

    @Override
    public String taskDefinitionKey() {
        return OperationProcess.TASK_RECORD_ATTENDANCE;
    }

    @Override
    public Map<String, Object> valuesFor(DelegateTask task) {
        return Map.of(PARTICIPANTS, cohort.enrolled(ProcessGlue.longValue(task, OPERATION_ID)).stream()
                .map(member -> Map.of("label", member.participant().getDisplayName(), "value", member.enrolment().getId().toString()))
                .toList());
    }
}
