package fr.francetravail.aae.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidSiretTest {

    private final ValidSiret.Validator validator = new ValidSiret.Validator();

    @ParameterizedTest(name = "{0} : {1}")
    @CsvSource({"62000000000005, true", "59000000000000, true", "73282932000074, true", "73282932000075, false",
            "6200000000000, false", "620000000000050, false", "6200000000000A, false", "'62 000 000 000 005', false"})
    void fourteenDigitsWithAValidLuhnKey(String siret, boolean valid) {
        assertThat(validator.isValid(siret, null)).isEqualTo(valid);
    }
}
