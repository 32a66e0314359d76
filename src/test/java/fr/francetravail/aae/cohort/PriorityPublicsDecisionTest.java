package fr.francetravail.aae.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table test of decision {@code priority-publics} (hit policy COLLECT): each priority public alone, the age and
 * registration boundaries, nobody, and a candidate belonging to several publics.
 */
class PriorityPublicsDecisionTest {

    private static final String DECISION_KEY = "priority-publics";
    private static final String OUTPUT = "priorityPublic";

    private static DmnEngine dmn;
    private static DmnDecision priorityPublics;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = PriorityPublicsDecisionTest.class.getResourceAsStream("/priority-publics.dmn")) {
            priorityPublics = dmn.parseDecision(DECISION_KEY, table);
        }
    }

    @ParameterizedTest(name = "{0} mois d''inscription, {1} ans, RSA {2}, QPV {3}, TH {4} : [{5}]")
    @CsvSource(delimiter = '|', textBlock = """
            # months | age | rsa   | qpv   | th    | expected
                   3 |  35 | false | false | false |
                  11 |  35 | false | false | false |
                  12 |  35 | false | false | false | DELD
                  48 |  35 | false | false | false | DELD
                   3 |  35 | true  | false | false | BRSA
                   3 |  18 | false | false | false | JEUNE
                   3 |  25 | false | false | false | JEUNE
                   3 |  26 | false | false | false |
                   3 |  35 | false | true  | false | QPV
                   3 |  35 | false | false | true  | TH
                   3 |  49 | false | false | false |
                   3 |  50 | false | false | false | SENIOR
                   3 |  62 | false | false | false | SENIOR
            """)
    void eachPriorityPublicAlone(int registrationMonths, int age, boolean rsaBeneficiary, boolean qpvResident,
            boolean recognisedDisability, String expected) {
        List<String> publics = publicsOf(registrationMonths, age, rsaBeneficiary, qpvResident, recognisedDisability);

        if (expected == null) {
            assertThat(publics).isEmpty();
        } else {
            assertThat(publics).containsExactly(expected);
        }
    }

    @ParameterizedTest(name = "{0} mois d''inscription, {1} ans, RSA {2}, QPV {3}, TH {4} : [{5}]")
    @CsvSource(delimiter = '|', textBlock = """
            # months | age | rsa   | qpv   | th    | expected
                  24 |  22 | true  | true  | true  | DELD BRSA JEUNE QPV TH
                  36 |  58 | true  | true  | true  | DELD BRSA QPV TH SENIOR
                  12 |  50 | false | false | false | DELD SENIOR
                   0 |  25 | true  | false | false | BRSA JEUNE
                  11 |  49 | false | true  | true  | QPV TH
            """)
    void severalPriorityPublics(int registrationMonths, int age, boolean rsaBeneficiary, boolean qpvResident,
            boolean recognisedDisability, String expected) {
        List<String> publics = publicsOf(registrationMonths, age, rsaBeneficiary, qpvResident, recognisedDisability);

        assertThat(publics).containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split(" ")));
    }

    private static List<String> publicsOf(int registrationMonths, int age, boolean rsaBeneficiary, boolean qpvResident,
            boolean recognisedDisability) {
        DmnDecisionTableResult result = dmn.evaluateDecisionTable(priorityPublics, Map.of(
                "registrationMonths", registrationMonths,
                "age", age,
                "rsaBeneficiary", rsaBeneficiary,
                "qpvResident", qpvResident,
                "recognisedDisability", recognisedDisability));
        return result.collectEntries(OUTPUT);
    }
}
