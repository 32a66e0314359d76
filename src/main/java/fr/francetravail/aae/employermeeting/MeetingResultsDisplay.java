package fr.francetravail.aae.employermeeting;

import static fr.francetravail.aae.operation.OperationProcess.Variables.MEETING_RESULTS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.employermeeting.EmployerMeetingService.ParticipantResult;
import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.platform.FormDisplayData;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * « Saisir les résultats de la rencontre » opens with one row per enrolled participant, named, with the results recorded
 * so far (else none): looked up when the form is read, never stored. The name is a disabled field, which the form does
 * not submit back.
 */
@Component
class MeetingResultsDisplay implements FormDisplayData {

    static final String PARTICIPANT_NAME = "participantName";

    private final EmployerMeetingService meeting;

    MeetingResultsDisplay(EmployerMeetingService meeting) {
        this.meeting = meeting;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(OperationProcess.TASK_RECORD_MEETING_RESULTS);
    }

    @Override
    public Map<String, Object> valuesFor(DelegateTask task) {
        return Map.of(MEETING_RESULTS, meeting.results(ProcessGlue.longValue(task, OPERATION_ID)).stream().map(MeetingResultsDisplay::row).toList());
    }

    private static Map<String, Object> row(ParticipantResult line) {
        MeetingResult result = line.result();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("enrolmentId", line.member().enrolment().getId());
        row.put(PARTICIPANT_NAME, line.member().participant().getDisplayName());
        row.put("interviews", result == null ? 0 : result.getInterviews());
        row.put("jobOffersProposed", result == null ? 0 : result.getJobOffersProposed());
        row.put("hired", result != null && result.isHired());
        row.put("trainingProposed", result != null && result.isTrainingProposed());
        row.put("serviceProposed", result != null && result.isServiceProposed());
        return row;
    }
}
