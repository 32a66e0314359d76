package fr.francetravail.aae.operation;

import static fr.francetravail.aae.platform.FormDisplayData.option;

import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.operation.OperationProposals.Choices;
import fr.francetravail.aae.platform.FormDisplayData;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The start form's lists ({@code valuesKey} of its selects): the agencies the counsellor may propose for, by name, and
 * the cultural structures of their regions, by name and town ({@link OperationProposals#choicesFor}).
 */
@Component
class OperationStartChoices implements FormDisplayData {

    static final String AGENCIES = "agencies";
    static final String PARTNERS = "partners";

    private final OperationProposals proposals;

    OperationStartChoices(OperationProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public Set<String> processDefinitionKeys() {
        return Set.of(OperationProcess.KEY);
    }

    @Override
    public Map<String, Object> startFormValuesFor(Viewer user) {
        Choices choices = proposals.choicesFor(user);
        return Map.of(AGENCIES, choices.agencies().stream().map(agency -> option(agency.getName(), agency.getCode())).toList(),
                PARTNERS, choices.partners().stream()
                        .map(partner -> option(partner.getName() + " — " + partner.getCity(), partner.getSlug())).toList());
    }
}
