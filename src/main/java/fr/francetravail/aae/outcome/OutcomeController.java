package fr.francetravail.aae.outcome;

import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationService;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Résultats", description = "Situation des participants à 1, 3 et 6 mois après l'action (conseillers de l'agence et managers)")
class OutcomeController {

    private final OperationService operations;
    private final OutcomeService outcomes;

    OutcomeController(OperationService operations, OutcomeService outcomes) {
        this.operations = operations;
        this.outcomes = outcomes;
    }

    @GetMapping("/api/operations/{reference}/outcomes")
    @io.swagger.v3.oas.annotations.Operation(summary = "Les résultats de l'opération : pour chaque participant (numéro d'inscription), "
            + "sa situation à chaque point déjà passé (M1, M3, M6), sa classe (emploi, formation, aucune) et sa source")
    List<ParticipantOutcomes> list(@PathVariable String reference, Viewer viewer) {
        Operation operation = operations.getForStaff(reference, viewer);
        return outcomes.outcomesOf(operation.getId()).entrySet().stream()
                .map(entry -> new ParticipantOutcomes(entry.getKey(), entry.getValue().stream().map(CheckpointOutcome::of).toList()))
                .toList();
    }

    /** One participant's checkpoints so far. */
    record ParticipantOutcomes(long enrolmentId, List<CheckpointOutcome> checkpoints) {
    }

    /** The situation at one checkpoint. */
    record CheckpointOutcome(Checkpoint checkpoint, Situation situation, OutcomeClass outcomeClass, OutcomeSource source,
            String recordedBy, Instant recordedAt) {

        static CheckpointOutcome of(Outcome outcome) {
            return new CheckpointOutcome(outcome.getCheckpoint(), outcome.getSituation(), outcome.getOutcomeClass(), outcome.getSource(),
                    outcome.getRecordedBy(), outcome.getRecordedAt());
        }
    }
}
