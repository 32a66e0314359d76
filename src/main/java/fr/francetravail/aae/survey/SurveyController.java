package fr.francetravail.aae.survey;

import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.survey.SurveyService.SurveyCount;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Enquêtes de satisfaction", description = "Réponses recueillies pour un participant et résultats de l'opération "
        + "(conseillers de l'agence et managers)")
class SurveyController {

    private final OperationService operations;
    private final SurveyService surveys;

    SurveyController(OperationService operations, SurveyService surveys) {
        this.operations = operations;
        this.surveys = surveys;
    }

    /** JSON only: a cross-site HTML form cannot send it, so browser-held credentials cannot be abused from another site. */
    @PostMapping(path = "/api/operations/{reference}/enrolments/{enrolmentId}/survey", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.Operation(summary = "Enregistrer la réponse d'un participant pour lui (téléphone, entretien) : "
            + "satisfaction (VERY_SATISFIED, RATHER_SATISFIED, RATHER_DISSATISFIED, NOT_AT_ALL_SATISFIED), helped (YES, PARTLY, NO), "
            + "recommends (true, false), comment facultatif ; refusé s'il a déjà répondu, et son lien ne sert plus")
    SurveyResponse answerOnBehalf(@PathVariable String reference, @PathVariable long enrolmentId, @RequestBody SurveyForm answers,
            Viewer viewer) {
        return surveys.answerOnBehalf(operations.getForStaff(reference, viewer).getId(), enrolmentId, answers, viewer.userId());
    }

    @GetMapping("/api/operations/{reference}/surveys")
    @io.swagger.v3.oas.annotations.Operation(summary = "Par type de répondant : invités (participants : lien envoyé ou réponse "
            + "recueillie ; structure et conseiller : un chacun), réponses, satisfaits (« Très » ou « Plutôt satisfait »)")
    List<SurveyCount> counts(@PathVariable String reference, Viewer viewer) {
        return surveys.counts(operations.getForStaff(reference, viewer).getId());
    }

}
