package fr.francetravail.aae.operation;

import static fr.francetravail.aae.platform.FormDisplayData.option;

import fr.francetravail.aae.partner.CulturalPartner;
import fr.francetravail.aae.partner.PartnerService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Operations as a form's select offers them: « AAE-2026-HDF-0001 — Louvre-Lens », the reference the tasks show and the
 * structure people remember; the value is the reference.
 */
@Component
public class OperationOptions {

    private final PartnerService partners;

    OperationOptions(PartnerService partners) {
        this.partners = partners;
    }

    public List<Map<String, String>> of(List<Operation> operations) {
        Map<String, String> names = partners.list().stream().collect(Collectors.toMap(CulturalPartner::getSlug, CulturalPartner::getName));
        return operations.stream()
                .map(operation -> option(operation.getReference() + " — " + names.get(operation.getPartnerSlug()), operation.getReference()))
                .toList();
    }
}
