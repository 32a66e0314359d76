package fr.francetravail.aae.workshop;

import static fr.francetravail.aae.operation.OperationProcess.Variables.WORKSHOP_ID;

import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.platform.FormDisplayData;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The attendance sheet lists its participants by name; the partner ticks ids, names never reach the engine. */
@Component
class AttendanceSheetParticipants implements FormDisplayData {

    static final String PARTICIPANTS = "participants";

    private final WorkshopService workshops;

    AttendanceSheetParticipants(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(OperationProcess.TASK_RECORD_ATTENDANCE);
    }

    @Override
    public Map<String, Object> valuesFor(DelegateTask task) {
        return Map.of(PARTICIPANTS, workshops.sheetParticipants(ProcessGlue.longValue(task, WORKSHOP_ID)).stream()
                .map(member -> Map.of("label", member.participant().getDisplayName(), "value", member.enrolment().getId().toString()))
                .toList());
    }
}
