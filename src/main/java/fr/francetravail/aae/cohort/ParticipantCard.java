package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.ENROLMENT_ID;

import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.platform.FormDisplayData;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Who a counsellor's task about one person is about and how to reach them ({@code participantName},
 * {@code participantContact} in its form), looked up in the cohort when the form opens. Shown in the cohort's own
 * tasks; another feature's task about an enrolment shows it through {@link #of(DelegateTask)}.
 */
@Component
public class ParticipantCard implements FormDisplayData {

    private final CohortService cohort;

    ParticipantCard(CohortService cohort) {
        this.cohort = cohort;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(EnrolmentProcess.TASK_RECORD_DECISION, OperationProcess.TASK_FOLLOW_UP_ABSENCE);
    }

    @Override
    public Map<String, Object> valuesFor(DelegateTask task) {
        return of(task);
    }

    /** The card of the participant whose enrolment the task's process holds ({@code enrolmentId}). */
    public Map<String, Object> of(DelegateTask task) {
        Participant participant = cohort.member(ProcessGlue.longValue(task, ENROLMENT_ID)).participant();
        return Map.of("participantName", participant.getDisplayName(), "participantContact",
                Stream.of(participant.getEmail(), participant.getPhone()).filter(value -> value != null && !value.isBlank())
                        .collect(Collectors.joining(" · ")));
    }
}
