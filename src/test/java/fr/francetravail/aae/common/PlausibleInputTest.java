package fr.francetravail.aae.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlausibleInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"Lef\u0000èvre", "\u0001", "\u001b[31m", "\u007f", "\u0085", "a\u2028b", "a\u2029b", "\u202eevil",
            "\u2066x\u2069", "lone \ud83d surrogate", "\udc4d"})
    void controlCharactersAreRefusedEvenInMultiLineText(String text) {
        assertThat(PlausibleInput.textFault(text, false)).contains("caractère interdit U+");
        assertThat(PlausibleInput.textFault(text, true)).contains("caractère interdit U+");
    }

    @Test
    void theFaultNamesTheCharacterAndItsPosition() {
        assertThat(PlausibleInput.textFault("ab\u0000", false)).isEqualTo("caractère interdit U+0000 (caractère de contrôle, position 3)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ligne 1\nligne 2", "a\r\nb", "colonne\tvaleur"})
    void lineBreaksAndTabsOnlyInMultiLineText(String text) {
        assertThat(PlausibleInput.textFault(text, true)).isNull();
        assertThat(PlausibleInput.textFault(text, false)).startsWith("retour à la ligne ou tabulation interdit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"N'Diaye; épouse Garnier", "Œuvre « d'art » – 2026", "Zoë 👍🏽", "\u200d", "日本語"})
    void everydayTextPasses(String text) {
        assertThat(PlausibleInput.textFault(text, false)).isNull();
    }

    @Test
    void datesFrom1900To2100() {
        assertThat(PlausibleInput.dateFault(LocalDate.of(1900, 1, 1))).isNull();
        assertThat(PlausibleInput.dateFault(LocalDate.of(2100, 12, 31))).isNull();
        assertThat(PlausibleInput.dateFault(null)).isNull();
        assertThat(PlausibleInput.dateFault(LocalDate.of(1899, 12, 31))).isEqualTo(
                "date invraisemblable (1899-12-31) : attendue entre le 01/01/1900 et le 31/12/2100");
        assertThat(PlausibleInput.dateFault(LocalDate.of(2101, 1, 1))).isNotNull();
        assertThat(PlausibleInput.dateFault(LocalDate.of(9999, 1, 1))).isNotNull();
        assertThat(PlausibleInput.dateFault(LocalDate.of(1_000_000, 1, 1))).contains("+1000000-01-01");
    }

    @Test
    void checkedValuesNameTheField() {
        assertThatThrownBy(() -> PlausibleInput.checkedText("venue", "x\u0000", true)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field).containsExactly("venue"));
        assertThatThrownBy(() -> PlausibleInput.checkedDate("infoMeetingDate", LocalDate.of(9999, 1, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.FieldViolation::field).containsExactly("infoMeetingDate"));
        assertThat(PlausibleInput.checkedText("venue", "Galerie", false)).isEqualTo("Galerie");
    }
}
