package fr.francetravail.aae.partnership;

import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationService;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Conventions", description = "Conventions de partenariat avec les structures culturelles")
class ConventionController {

    private final OperationService operations;
    private final ConventionService conventions;

    ConventionController(OperationService operations, ConventionService conventions) {
        this.operations = operations;
        this.conventions = conventions;
    }

    @GetMapping("/api/operations/{reference}/convention")
    @io.swagger.v3.oas.annotations.Operation(summary = "La convention d'une opération et son historique")
    Convention get(@PathVariable String reference, Viewer viewer) {
        Operation operation = operations.get(reference, viewer);
        return conventions.find(operation.getId())
                .orElseThrow(() -> new NotFoundException("L'opération " + reference + " n'a pas encore de convention"));
    }
}
