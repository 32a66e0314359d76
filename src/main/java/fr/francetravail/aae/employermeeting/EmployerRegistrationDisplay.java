package fr.francetravail.aae.employermeeting;

import static fr.francetravail.aae.employermeeting.EmployerMeetingTasks.EMPLOYER_MEETING_DAY;
import static fr.francetravail.aae.employermeeting.EmployerMeetingTasks.REGISTERED_EMPLOYERS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.cohort.CohortMails;
import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.platform.FormDisplayData;
import fr.francetravail.aae.platform.ProcessGlue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** « Inviter les entreprises » shows the meeting's day and the companies already registered (form or API), when it opens. */
@Component
class EmployerRegistrationDisplay implements FormDisplayData {

    private final EmployerMeetingService meeting;
    private final OperationService operations;

    EmployerRegistrationDisplay(EmployerMeetingService meeting, OperationService operations) {
        this.meeting = meeting;
        this.operations = operations;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(OperationProcess.TASK_REGISTER_EMPLOYERS);
    }

    @Override
    public Map<String, Object> valuesFor(DelegateTask task) {
        long operationId = ProcessGlue.longValue(task, OPERATION_ID);
        return Map.of(EMPLOYER_MEETING_DAY, CohortMails.day(operations.get(operationId).getEmployerMeetingDate()),
                REGISTERED_EMPLOYERS, summary(meeting.employers(operationId)));
    }

    /** « Boulangerie Paul (commerce) : 3 poste(s) — CDI, intérim », one line per company. */
    static String summary(List<Employer> employers) {
        if (employers.isEmpty()) {
            return "Aucune entreprise inscrite pour l'instant.";
        }
        return employers.stream().map(employer -> employer.getCompanyName() + " (" + employer.getSector() + ") : " + employer.getPositions()
                + " poste(s) — " + employer.getOffers().stream().map(offer -> offer.contractType().label()).distinct()
                .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"));
    }
}
