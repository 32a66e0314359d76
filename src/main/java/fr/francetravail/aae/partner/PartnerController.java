package fr.francetravail.aae.partner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<CulturalPartner> create(@RequestBody PartnerRequest request) {
        CulturalPartner partner = partners.create(request);
        return ResponseEntity.created(URI.create("/api/partners/" + partner.getSlug())).body(partner);
    }

    @PutMapping("/{slug}")
    @Operation(summary = "Modifier une structure culturelle (managers)")
    CulturalPartner update(@PathVariable String slug, @RequestBody PartnerRequest request) {
        return partners.update(slug, request);
    }

    @DeleteMapping("/{slug}")
    @Operation(summary = "Supprimer une structure sans opération (managers)")
    ResponseEntity<Void> delete(@PathVariable String slug) {
        partners.delete(slug);
        return ResponseEntity.noContent().build();
    }
}
