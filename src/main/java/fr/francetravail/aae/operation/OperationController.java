package fr.francetravail.aae.operation;

import fr.francetravail.aae.common.Viewer;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/operations")
@Tag(name = "Opérations", description = "Opérations « L'Art d'accéder à l'emploi »")
class OperationController {

    private final OperationService operations;
    private final OperationProposals proposals;
    private final OperationCancellations cancellations;

    OperationController(OperationService operations, OperationProposals proposals, OperationCancellations cancellations) {
        this.operations = operations;
        this.proposals = proposals;
        this.cancellations = cancellations;
    }

    @PostMapping
    @io.swagger.v3.oas.annotations.Operation(summary = "Proposer une opération (conseillers) : enregistre l'opération et démarre son processus")
    ResponseEntity<Operation> propose(@RequestBody ProposeOperationCommand command, Viewer viewer) {
        Operation operation = proposals.propose(command, viewer);
        return ResponseEntity.created(URI.create("/api/operations/" + operation.getReference())).body(operation);
    }

    @GetMapping
    @io.swagger.v3.oas.annotations.Operation(summary = "Les opérations visibles par l'utilisateur (son agence, sa structure, ou toutes pour les managers)")
    List<Operation> list(Viewer viewer) {
        return operations.list(viewer);
    }

    @PostMapping("/{reference}/cancellation")
    @io.swagger.v3.oas.annotations.Operation(summary = "Annuler une opération avant la fin de l'action (managers, motif obligatoire) : "
            + "ses tâches sont closes, la structure culturelle et les participants sont prévenus")
    Operation cancel(@PathVariable String reference, @RequestBody CancellationRequest request, Viewer viewer) {
        return cancellations.requestCancellation(reference, request, viewer);
    }

    @GetMapping("/{reference}")
    @io.swagger.v3.oas.annotations.Operation(summary = "Une opération par sa référence (AAE-2026-HDF-0001)")
    Operation get(@PathVariable String reference, Viewer viewer) {
        return operations.get(reference, viewer);
    }
}
