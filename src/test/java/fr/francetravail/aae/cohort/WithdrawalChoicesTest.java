package fr.francetravail.aae.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * « Enregistrer un abandon » offers the counsellor the operations where someone may still withdraw and those
 * participants, named with their operation, the France Travail id as value.
 */
class WithdrawalChoicesTest {

    private static final Viewer COUNSELLOR = Viewer.of("conseiller", Set.of("conseillers", "agence-lens"), Set.of("HDF"));

    @Test
    void eachParticipantIsNamedWithTheirOperation() {
        ParticipationService participation = mock(ParticipationService.class);
        OperationOptions operationOptions = mock(OperationOptions.class);
        Operation first = operation("AAE-2027-HDF-0001");
        Operation second = operation("AAE-2027-HDF-0002");
        Participant lea = participant("1234567A", "MARTIN Léa");
        Participant karim = participant("7654321B", "BENALI Karim");
        Participant paul = participant("1111111C", "DURAND Paul");
        Map<Operation, List<Participant>> withdrawable = new LinkedHashMap<>();
        withdrawable.put(first, List.of(karim, lea));
        withdrawable.put(second, List.of(paul));
        when(participation.withdrawable(COUNSELLOR)).thenReturn(withdrawable);
        List<Map<String, String>> operations = List.of(Map.of("label", "AAE-2027-HDF-0001 — Louvre-Lens", "value", "AAE-2027-HDF-0001"));
        when(operationOptions.of(List.of(first, second))).thenReturn(operations);
        WithdrawalChoices choices = new WithdrawalChoices(participation, operationOptions);

        Map<String, Object> lists = choices.startFormValuesFor(COUNSELLOR);

        assertThat(lists.get("operations")).isSameAs(operations);
        assertThat(lists.get("participants")).isEqualTo(List.of(
                Map.of("label", "AAE-2027-HDF-0001 — BENALI Karim", "value", "7654321B"),
                Map.of("label", "AAE-2027-HDF-0001 — MARTIN Léa", "value", "1234567A"),
                Map.of("label", "AAE-2027-HDF-0002 — DURAND Paul", "value", "1111111C")));
        assertThat(choices.processDefinitionKeys()).containsExactly(WithdrawalProcess.KEY);
    }

    private static Operation operation(String reference) {
        Operation operation = mock(Operation.class);
        when(operation.getReference()).thenReturn(reference);
        return operation;
    }

    private static Participant participant(String franceTravailId, String displayName) {
        Participant participant = mock(Participant.class);
        when(participant.getFranceTravailId()).thenReturn(franceTravailId);
        when(participant.getDisplayName()).thenReturn(displayName);
        return participant;
    }
}
