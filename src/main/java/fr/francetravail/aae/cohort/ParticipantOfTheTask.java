package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;

import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.outcome.OutcomeFollowUpProcess;
import fr.francetravail.aae.platform.FormDisplayData;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The counsellor's tasks about one person show who it is and how to reach them, looked up when the form opens. */
@Component
class ParticipantOfTheTask implements FormDisplayData {

    private final CohortService cohort;

    ParticipantOfTheTask(CohortService cohort) {
        this.cohort = cohort;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(EnrolmentProcess.TASK_RECORD_DECISION, OperationProcess.TASK_FOLLOW_UP_ABSENCE, OutcomeFollowUpProcess.TASK_QUALIFY_SITUATION);
    }

    @Override
    public Map<String, Object> valuesFor(DelegateTask task) {
        Participant participant = cohort.member(ProcessGlue.longValue(task, ENROLMENT_ID)).participant();
        return Map.of("participantName", participant.getDisplayName(), "participantContact",
                Stream.of(participant.getEmail(), participant.getPhone()).filter(value -> value != null && !value.isBlank())
                        .collect(Collectors.joining(" · ")));
    }
}
