package fr.francetravail.aae.kpi;

import fr.francetravail.aae.common.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Indicateurs", description = "Les cinq critères du dispositif, le déploiement et les phases, la fiche de chaque opération (managers et administrateurs)")
class KpiController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final KpiService kpis;
    private final OperationFiches fiches;

    KpiController(KpiService kpis, OperationFiches fiches) {
        this.kpis = kpis;
        this.fiches = fiches;
    }

    @GetMapping("/api/kpis")
    @Operation(summary = "Les indicateurs du périmètre le plus précis donné (opération, agence, région, sinon France entière), "
            + "pour une année (celle du premier atelier) ; chaque taux avec son numérateur et son dénominateur")
    KpiReport report(@Parameter(description = "année, ex. 2026") @RequestParam(required = false) String year,
            @Parameter(description = "code de région, ex. HDF") @RequestParam(required = false) String region,
            @Parameter(description = "code d'agence") @RequestParam(required = false) String agency,
            @Parameter(description = "référence d'opération, ex. AAE-2026-HDF-0001") @RequestParam(required = false) String operation,
            Viewer viewer) {
        return kpis.report(new KpiFilter(year, region, agency, operation), viewer);
    }

    @GetMapping("/api/kpis.csv")
    @Operation(summary = "Les mêmes indicateurs en CSV pour un tableur : UTF-8 avec BOM, séparateur « ; », virgule décimale")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String operation, Viewer viewer) {
        KpiReport report = kpis.report(new KpiFilter(year, region, agency, operation), viewer);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("indicateurs-aae.csv").build().toString())
                .body(KpiCsv.of(report).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/operations/{reference}/fiche")
    @Operation(summary = "La fiche d'une opération pour le pilotage : phase, jalons datés, prochaines échéances (tâches et minuteries), "
            + "tâches ouvertes, courriels envoyés (par objet, sans destinataire), paiement, participants comptés par étape "
            + "(jamais nommés)")
    OperationFiche fiche(@Parameter(description = "référence d'opération, ex. AAE-2026-HDF-0001") @PathVariable String reference,
            Viewer viewer) {
        return fiches.of(reference, viewer);
    }
}
