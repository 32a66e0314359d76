package fr.francetravail.aae.partner;

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
@RequestMapping("/api/partners")
@Tag(name = "Structures culturelles", description = "Structures culturelles partenaires")
class PartnerController {

    private final PartnerService partners;

    PartnerController(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping
    @Operation(summary = "Liste des structures culturelles")
    List<CulturalPartner> list() {
        return partners.list();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "Une structure culturelle")
    CulturalPartner get(@PathVariable String slug) {
        return partners.get(slug);
    }

    @PostMapping
    @Operation(summary = "Créer une structure culturelle (managers)")
    ResponseEntity<CulturalPartner> create(@RequestBody PartnerRequest request, Viewer viewer) {
        requireManagerOf(request.region(), viewer);
        CulturalPartner partner = partners.create(request);
        return ResponseEntity.created(URI.create("/api/partners/" + partner.getSlug())).body(partner);
    }

    @PutMapping("/{slug}")
    @Operation(summary = "Modifier une structure culturelle (managers)")
    CulturalPartner update(@PathVariable String slug, @RequestBody PartnerRequest request, Viewer viewer) {
        requireManagerOf(partners.get(slug).getRegion(), viewer);
        requireManagerOf(request.region(), viewer);
        return partners.update(slug, request);
    }

    @DeleteMapping("/{slug}")
    @Operation(summary = "Supprimer une structure sans opération (managers)")
    ResponseEntity<Void> delete(@PathVariable String slug, Viewer viewer) {
        requireManagerOf(partners.get(slug).getRegion(), viewer);
        partners.delete(slug);
        return ResponseEntity.noContent().build();
    }

    /** Reference data of a region is changed by its managers (and administrators); every region's is read by staff. */
    private static void requireManagerOf(Region region, Viewer viewer) {
        if (region != null && !viewer.managesRegion(region)) {
            throw new AccessDeniedException("Réservé aux managers de la région " + region.label());
        }
    }
}
