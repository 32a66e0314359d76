package fr.francetravail.aae.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table test of decision {@code outcome-class} (hit policy UNIQUE): each situation's rule, and one rule per situation. */
class OutcomeClassDecisionTest {

    private static final String DECISION_KEY = "outcome-class";
    private static final String OUTPUT = "outcomeClass";

    private static DmnEngine dmn;
    private static DmnDecision outcomeClass;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = OutcomeClassDecisionTest.class.getResourceAsStream("/outcome-class.dmn")) {
            outcomeClass = dmn.parseDecision(DECISION_KEY, table);
        }
    }

    @ParameterizedTest(name = "{0} : {1}")
    @CsvSource({
            "CDI, EMPLOYMENT",
            "CDD_6_MONTHS_OR_MORE, EMPLOYMENT",
            "CDD_UNDER_6_MONTHS, EMPLOYMENT",
            "TEMPORARY_WORK, EMPLOYMENT",
            "BUSINESS_CREATION, EMPLOYMENT",
            "SUBSIDISED_CONTRACT, EMPLOYMENT",
            "TRAINING, TRAINING",
            "STILL_SEEKING, NONE",
            "OTHER, NONE"})
    void classifiesEachSituation(Situation situation, OutcomeClass expected) {
        DmnDecisionTableResult result = classify(situation.name());

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsExactly(Map.entry(OUTPUT, expected.name()));
    }

    @Test
    void everySituationHasItsOwnRuleAndNothingElseMatches() {
        assertThat(Arrays.stream(Situation.values()).map(situation -> classify(situation.name()).size())).containsOnly(1);
        assertThat(classify("UNKNOWN")).isEmpty();
    }

    private static DmnDecisionTableResult classify(String situation) {
        return dmn.evaluateDecisionTable(outcomeClass, Map.of("situation", situation));
    }
}
