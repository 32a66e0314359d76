package fr.francetravail.aae.agency;

import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.identity.GroupDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies of France Travail and their Tasklist groups. */
@Service
public class AgencyService {

    private final AgencyRepository agencies;
    private final GroupDirectory groups;
    private final InputValidator validator;
    private final Clock clock;

    AgencyService(AgencyRepository agencies, GroupDirectory groups, InputValidator validator, Clock clock) {
        this.agencies = agencies;
        this.groups = groups;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public Agency create(AgencyRequest request) {
        validator.validate(request);
        if (agencies.existsById(request.code())) {
            throw new StateConflictException("L'agence « " + request.code() + " » existe déjà");
        }
        Agency agency = agencies.save(new Agency(request.code(), request.name(), request.region(), request.email(), clock.instant()));
        groups.ensureGroup(agency.groupId(), "Conseillers " + agency.getName(), agency.getRegion());
        return agency;
    }

    @Transactional
    public Agency update(String code, AgencyRequest request) {
        validator.validate(request);
        if (!code.equals(request.code())) {
            throw new InvalidInputException("code", "ne peut pas être modifié (attendu : « " + code + " »)");
        }
        Agency agency = get(code);
        agency.update(request.name(), request.region(), request.email());
        // its counsellors keep the region they leave: the operations proposed there stay in it
        groups.ensureGroup(agency.groupId(), "Conseillers " + agency.getName(), agency.getRegion());
        return agencies.save(agency);
    }

    @Transactional
    public void delete(String code) {
        try {
            agencies.delete(get(code));
        } catch (DataIntegrityViolationException e) {
            throw new StateConflictException("L'agence « " + code + " » a des opérations : elle ne peut pas être supprimée");
        }
    }

    @Transactional(readOnly = true)
    public Agency get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Agence inconnue : " + code));
    }

    @Transactional(readOnly = true)
    public Optional<Agency> find(String code) {
        return code == null ? Optional.empty() : agencies.findById(code);
    }

    @Transactional(readOnly = true)
    public List<Agency> list() {
        return agencies.findAll(Sort.by("code"));
    }
}
