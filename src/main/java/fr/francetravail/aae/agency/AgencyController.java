package fr.francetravail.aae.agency;

import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agencies")
@Tag(name = "Agences", description = "Agences France Travail")
class AgencyController {

    private final AgencyService agencies;

    AgencyController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "Liste des agences")
    List<Agency> list() {
        return agencies.list();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Une agence")
    Agency get(@PathVariable String code) {
        return agencies.get(code);
    }

    @PostMapping
    @Operation(summary = "Créer une agence (managers)")
    ResponseEntity<Agency> create(@RequestBody AgencyRequest request, Viewer viewer) {
        requireManagerOf(request.region(), viewer);
        Agency agency = agencies.create(request);
        return ResponseEntity.created(URI.create("/api/agencies/" + agency.getCode())).body(agency);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Modifier une agence (managers)")
    Agency update(@PathVariable String code, @RequestBody AgencyRequest request, Viewer viewer) {
        requireManagerOf(agencies.get(code).getRegion(), viewer);
        requireManagerOf(request.region(), viewer);
        return agencies.update(code, request);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Supprimer une agence sans opération (managers)")
    ResponseEntity<Void> delete(@PathVariable String code, Viewer viewer) {
        requireManagerOf(agencies.get(code).getRegion(), viewer);
        agencies.delete(code);
        return ResponseEntity.noContent().build();
    }

    /** Reference data of a region is changed by its managers (and administrators); every region's is read by staff. */
    private static void requireManagerOf(Region region, Viewer viewer) {
        if (region != null && !viewer.managesRegion(region)) {
            throw new AccessDeniedException("Réservé aux managers de la région " + region.label());
        }
    }
}
