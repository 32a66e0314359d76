package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.platform.FormDisplayData.option;

import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationOptions;
import fr.francetravail.aae.platform.FormDisplayData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * « Enregistrer un abandon » lists the counsellor's agencies' operations under way and their participants who may still
 * withdraw ({@link ParticipationService#withdrawable}). A participant's option reads « AAE-2026-HDF-0001 — MARTIN Léa »
 * (form-js cannot narrow a list to the chosen operation) and submits the France Travail id: names reach the agency's
 * counsellors in the form, never the engine.
 */
@Component
class WithdrawalChoices implements FormDisplayData {

    static final String OPERATIONS = "operations";
    static final String PARTICIPANTS = "participants";

    private final ParticipationService participation;
    private final OperationOptions operationOptions;

    WithdrawalChoices(ParticipationService participation, OperationOptions operationOptions) {
        this.participation = participation;
        this.operationOptions = operationOptions;
    }

    @Override
    public Set<String> processDefinitionKeys() {
        return Set.of(WithdrawalProcess.KEY);
    }

    @Override
    public Map<String, Object> startFormValuesFor(Viewer user) {
        Map<Operation, List<Participant>> withdrawable = participation.withdrawable(user);
        return Map.of(OPERATIONS, operationOptions.of(List.copyOf(withdrawable.keySet())),
                PARTICIPANTS, withdrawable.entrySet().stream().flatMap(entry -> entry.getValue().stream()
                        .map(participant -> option(entry.getKey().getReference() + " — " + participant.getDisplayName(),
                                participant.getFranceTravailId()))).toList());
    }
}
