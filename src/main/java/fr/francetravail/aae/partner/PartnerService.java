package fr.francetravail.aae.partner;

import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.identity.GroupDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cultural partners (museums, theatres, ...) and their Tasklist groups. */
@Service
public class PartnerService {

    private final PartnerRepository partners;
    private final GroupDirectory groups;
    private final InputValidator validator;
    private final Clock clock;

    PartnerService(PartnerRepository partners, GroupDirectory groups, InputValidator validator, Clock clock) {
        this.partners = partners;
        this.groups = groups;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public CulturalPartner create(PartnerRequest request) {
        validator.validate(request);
        if (partners.existsById(request.slug())) {
            throw new StateConflictException("La structure culturelle « " + request.slug() + " » existe déjà");
        }
        CulturalPartner partner = new CulturalPartner(request.slug(), clock.instant());
        return save(partner, request);
    }

    @Transactional
    public CulturalPartner update(String slug, PartnerRequest request) {
        validator.validate(request);
        if (!slug.equals(request.slug())) {
            throw new InvalidInputException("slug", "ne peut pas être modifié (attendu : « " + slug + " »)");
        }
        return save(get(slug), request);
    }

    private CulturalPartner save(CulturalPartner partner, PartnerRequest request) {
        if (partners.existsBySiretAndSlugNot(request.siret(), request.slug())) {
            throw new StateConflictException("Le SIRET " + request.siret() + " est déjà celui d'une autre structure");
        }
        partner.update(request);
        CulturalPartner saved = partners.save(partner);
        groups.ensureGroup(saved.groupId(), "Médiateurs " + saved.getName(), saved.getRegion());
        return saved;
    }

    /** The partner hosts an operation of the region: its mediators see that region's process instances too. */
    @Transactional
    public void hostIn(String slug, Region region) {
        groups.joinRegion(get(slug).groupId(), region);
    }

    @Transactional
    public void delete(String slug) {
        try {
            partners.delete(get(slug));
        } catch (DataIntegrityViolationException e) {
            throw new StateConflictException("La structure « " + slug + " » a des opérations : elle ne peut pas être supprimée");
        }
    }

    @Transactional(readOnly = true)
    public CulturalPartner get(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("Structure culturelle inconnue : " + slug));
    }

    @Transactional(readOnly = true)
    public Optional<CulturalPartner> find(String slug) {
        return slug == null ? Optional.empty() : partners.findById(slug);
    }

    @Transactional(readOnly = true)
    public List<CulturalPartner> list() {
        return partners.findAll(Sort.by("slug"));
    }
}
