package fr.francetravail.aae.workshop;

import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.operation.OperationService;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ateliers", description = "Séances de la série d'ateliers et feuilles d'émargement")
class WorkshopController {

    private final OperationService operations;
    private final WorkshopService workshops;

    WorkshopController(OperationService operations, WorkshopService workshops) {
        this.operations = operations;
        this.workshops = workshops;
    }

    @GetMapping("/api/operations/{reference}/workshops")
    @io.swagger.v3.oas.annotations.Operation(summary = "Les ateliers de l'opération, dans l'ordre, avec leur émargement (participants désignés par "
            + "leur numéro d'inscription)")
    List<WorkshopSession> list(@PathVariable String reference, Viewer viewer) {
        return workshops.sessionsOf(operations.get(reference, viewer).getId());
    }
}
