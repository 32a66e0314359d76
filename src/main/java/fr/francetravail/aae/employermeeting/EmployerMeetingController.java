package fr.francetravail.aae.employermeeting;

import static fr.francetravail.aae.operation.OperationProcess.Variables.EMPLOYERS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.MEETING_RESULTS;

import fr.francetravail.aae.cohort.Participant;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.employermeeting.EmployerMeetingService.ParticipantResult;
import fr.francetravail.aae.operation.OperationService;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rencontre employeurs", description = "Entreprises inscrites, leurs offres et les résultats des participants "
        + "(conseillers de l'agence et managers)")
class EmployerMeetingController {

    private final OperationService operations;
    private final EmployerMeetingService meeting;

    EmployerMeetingController(OperationService operations, EmployerMeetingService meeting) {
        this.operations = operations;
        this.meeting = meeting;
    }

    @PostMapping("/api/operations/{reference}/employers")
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.Operation(summary = "Inscrire des entreprises et leurs offres à la rencontre (toutes ou aucune), "
            + "des ateliers jusqu'à la rencontre ; une entreprise (même SIRET, ou même nom sans SIRET) ne s'inscrit qu'une fois")
    List<Employer> register(@PathVariable String reference, @RequestBody(required = false) List<EmployerRequest> employers, Viewer viewer) {
        return meeting.register(operations.getForStaff(reference, viewer).getId(), RequestBatch.json(EMPLOYERS, employers), viewer.userId());
    }

    @GetMapping("/api/operations/{reference}/employers")
    @io.swagger.v3.oas.annotations.Operation(summary = "Les entreprises inscrites à la rencontre, avec leurs offres")
    List<Employer> employers(@PathVariable String reference, Viewer viewer) {
        return meeting.employers(operations.getForStaff(reference, viewer).getId());
    }

    @GetMapping("/api/operations/{reference}/meeting-results")
    @io.swagger.v3.oas.annotations.Operation(summary = "Les participants inscrits et leurs résultats de la rencontre (absents tant que non saisis)")
    List<ResultView> results(@PathVariable String reference, Viewer viewer) {
        return views(meeting.results(operations.getForStaff(reference, viewer).getId()));
    }

    @PutMapping("/api/operations/{reference}/meeting-results")
    @io.swagger.v3.oas.annotations.Operation(summary = "Saisir les résultats de la rencontre : une ligne par participant inscrit, "
            + "désigné par son numéro d'inscription ; une nouvelle saisie remplace la précédente")
    List<ResultView> record(@PathVariable String reference, @RequestBody(required = false) List<MeetingResultRequest> meetingResults,
            Viewer viewer) {
        long operationId = operations.getForStaff(reference, viewer).getId();
        meeting.recordResults(operationId, RequestBatch.json(MEETING_RESULTS, meetingResults), viewer.userId());
        return views(meeting.results(operationId));
    }


    private static List<ResultView> views(List<ParticipantResult> results) {
        return results.stream().map(ResultView::of).toList();
    }

    /** An enrolled participant and their results, absent until recorded. */
    record ResultView(long enrolmentId, String franceTravailId, String lastName, String firstName, MeetingResult result) {

        static ResultView of(ParticipantResult line) {
            Participant participant = line.member().participant();
            return new ResultView(line.member().enrolment().getId(), participant.getFranceTravailId(), participant.getLastName(),
                    participant.getFirstName(), line.result());
        }
    }
}
