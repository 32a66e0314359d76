package fr.francetravail.aae.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchOrderTest {

    @Test
    void namesSortAsAFrenchReaderExpectsWhateverTheirCaseOrAccents() {
        List<String> names = List.of("Zoo de Lille", "Écomusée de l'Avesnois", "abbaye de Vaucelles", "Dôme de Lens", "Musée des Beaux-Arts");

        assertThat(names.stream().sorted(FrenchOrder.NAMES).toList())
                .containsExactly("abbaye de Vaucelles", "Dôme de Lens", "Écomusée de l'Avesnois", "Musée des Beaux-Arts", "Zoo de Lille");
        assertThat(names.stream().sorted().toList()).as("l'ordre des caractères n'est pas celui d'un lecteur").startsWith("Dôme de Lens");
    }
}
