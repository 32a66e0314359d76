package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.MultiLineText;
import fr.francetravail.aae.common.Region;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    private static final ObjectMapper JSON = StrictJson.applyTo(JsonMapper.builder().addModule(new JavaTimeModule()).build());

    record Sample(String name, @MultiLineText String comment, LocalDate date, Region region, List<String> tags, List<Sample> children) {
    }

    @Test
    void everydayValuesAreRead() throws Exception {
        Sample sample = JSON.readValue("""
                {"name": "N'Diaye « épouse » Garnier 👍", "comment": "ligne 1\\nligne 2\\tfin", "date": "2026-03-01",
                 "region": "HDF", "tags": ["a", "b"]}""", Sample.class);

        assertThat(sample).isEqualTo(new Sample("N'Diaye « épouse » Garnier 👍", "ligne 1\nligne 2\tfin", LocalDate.of(2026, 3, 1),
                Region.HDF, List.of("a", "b"), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0001", "\\u001b", "\\u2028", "\\u202e"})
    void controlCharactersAreRefusedAtTheirPath(String control) {
        assertThat(refusal("{\"name\": \"a" + control + "\"}")).satisfies(v -> {
            assertThat(v.field()).isEqualTo("name");
            assertThat(v.message()).startsWith("caractère interdit U+");
        });
        assertThat(refusal("{\"comment\": \"a" + control + "\"}").field()).isEqualTo("comment");
        assertThat(refusal("{\"tags\": [\"a\", \"b" + control + "\"]}").field()).isEqualTo("tags[1]");
        assertThat(refusal("{\"children\": [{}, {\"name\": \"" + control + "\"}]}").field()).isEqualTo("children[1].name");
    }

    @Test
    void lineBreaksOnlyWhereTheTextIsMultiLine() {
        assertThat(refusal("{\"name\": \"a\\nb\"}")).isEqualTo(new FieldViolation("name", "retour à la ligne ou tabulation interdit (position 2)"));
    }

    /** A body read as a map (no type known): the value is refused too, named by its property. */
    @Test
    void untypedValuesAreCheckedToo() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> JSON.readValue("{\"x\": [\"\\u0000\"]}", Map.class));
        assertThat(StrictJson.violation(e).field()).isEqualTo("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-01-01", "+1000000-01-01", "1899-12-31", "2101-01-01"})
    void datesOutOfThePlausibleRangeAreRefused(String date) {
        FieldViolation refused = refusal("{\"date\": \"" + date + "\"}");
        assertThat(refused.field()).isEqualTo("date");
        assertThat(refused.message()).startsWith("date invraisemblable").contains("entre le 01/01/1900 et le 31/12/2100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3\"", "\"hdf\"", "\"Hauts-de-France\""})
    void enumsAreReadByNameOnly(String region) {
        FieldViolation refused = refusal("{\"region\": " + region + "}");
        assertThat(refused.field()).isEqualTo("region");
        assertThat(refused.message()).contains("invalide (valeurs possibles : ARA, BFC, BRE,").contains("HDF");
    }

    private static FieldViolation refusal(String json) {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> JSON.readValue(json, Sample.class));
        assertThat(e).as("refus de %s", json).isNotNull();
        return StrictJson.violation(e);
    }
}
