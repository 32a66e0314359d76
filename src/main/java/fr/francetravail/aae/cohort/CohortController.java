package fr.francetravail.aae.cohort;

import fr.francetravail.aae.cohort.CohortService.CohortMember;
import fr.francetravail.aae.common.MultiLineText;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationService;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Groupe", description = "Candidats, inscriptions et retraits d'une opération (conseillers de l'agence et managers)")
class CohortController {

    private final OperationService operations;
    private final RecruitmentService recruitment;
    private final ParticipationService participation;
    private final CohortService cohort;

    CohortController(OperationService operations, RecruitmentService recruitment, ParticipationService participation, CohortService cohort) {
        this.operations = operations;
        this.recruitment = recruitment;
        this.participation = participation;
        this.cohort = cohort;
    }

    @PostMapping(path = "/api/operations/{reference}/candidates", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.Operation(summary = "Ajouter des candidats pendant la constitution du groupe (tous ou aucun)")
    List<CandidateView> add(@PathVariable String reference, @RequestBody JsonCandidates candidates, Viewer viewer) {
        Operation operation = operations.getForStaff(reference, viewer);
        return views(recruitment.addCandidates(operation.getId(), candidates, viewer.userId()).stream().map(e -> cohort.member(e.getId())).toList());
    }

    @PostMapping(path = "/api/operations/{reference}/candidates", consumes = {"text/csv", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.Operation(summary = "Importer des candidats d'un fichier CSV (UTF-8, « ; », en-tête : "
            + "identifiant_france_travail;nom;prenom;email;telephone;annee_naissance;date_inscription;rsa;qpv;rqth) ; "
            + "chaque ligne fautive est signalée avec son numéro, et rien n'est importé s'il y en a une")
    List<CandidateView> importCsv(@PathVariable String reference, @RequestBody(required = false) byte[] file, Viewer viewer)
            throws IOException {
        Operation operation = operations.getForStaff(reference, viewer);
        CandidateBatch batch = CandidateCsvReader.read(new ByteArrayInputStream(file == null ? new byte[0] : file));
        return views(recruitment.addCandidates(operation.getId(), batch, viewer.userId()).stream().map(e -> cohort.member(e.getId())).toList());
    }

    @GetMapping("/api/operations/{reference}/cohort")
    @io.swagger.v3.oas.annotations.Operation(summary = "Les candidats de l'opération et leur inscription")
    List<CandidateView> list(@PathVariable String reference, Viewer viewer) {
        return views(cohort.members(operations.getForStaff(reference, viewer).getId()));
    }

    @PostMapping("/api/operations/{reference}/enrolments/{enrolmentId}/withdrawal")
    @io.swagger.v3.oas.annotations.Operation(summary = "Enregistrer le retrait d'un participant (motif obligatoire) ; "
            + "sa place revient au premier de la liste d'attente")
    CandidateView withdraw(@PathVariable String reference, @PathVariable long enrolmentId, @RequestBody Withdrawal withdrawal, Viewer viewer) {
        participation.withdraw(reference, enrolmentId, withdrawal.withdrawalReason(), viewer);
        return CandidateView.of(cohort.member(enrolmentId));
    }


    private static List<CandidateView> views(List<CohortMember> members) {
        return members.stream().map(CandidateView::of).toList();
    }

    /** The JSON body, or the list of the form « Constituer le groupe »: a list of candidates, faults named {@code candidates[i].field}. */
    record JsonCandidates(List<CandidateRequest> candidates) implements CandidateBatch {

        JsonCandidates {
            candidates = candidates == null ? List.of() : candidates;
        }

        @Override
        public String field(int index, String property) {
            return "candidates[" + index + "]" + (property == null ? "" : "." + property);
        }
    }

    record Withdrawal(@MultiLineText String withdrawalReason) {
    }

    /** A candidate and where they stand, for the operation's staff. */
    record CandidateView(long enrolmentId, String franceTravailId, String lastName, String firstName, String email, String phone,
            int birthYear, EnrolmentStatus status, List<String> priorityPublics, Boolean consent, String withdrawalReason,
            List<EnrolmentEvent> events) {

        static CandidateView of(CohortMember member) {
            Enrolment e = member.enrolment();
            Participant p = member.participant();
            return new CandidateView(e.getId(), p.getFranceTravailId(), p.getLastName(), p.getFirstName(), p.getEmail(), p.getPhone(),
                    p.getBirthYear(), e.getStatus(), e.getPriorityPublics(), e.getConsent(), e.getWithdrawalReason(), e.getEvents());
        }
    }
}
