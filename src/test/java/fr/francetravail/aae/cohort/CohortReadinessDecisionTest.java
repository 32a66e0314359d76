package fr.francetravail.aae.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table test of decision {@code cohort-readiness} (hit policy UNIQUE): every rule at its boundaries, then a sweep of all
 * group sizes showing exactly one rule applies to each situation.
 */
class CohortReadinessDecisionTest {

    private static final String DECISION_KEY = "cohort-readiness";
    private static final String OUTPUT = "cohortDecision";
    private static final int MINIMUM_GROUP_SIZE = 6;
    private static final int MAXIMUM_GROUP_SIZE = 15;

    private static DmnEngine dmn;
    private static DmnDecision cohortReadiness;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = CohortReadinessDecisionTest.class.getResourceAsStream("/cohort-readiness.dmn")) {
            cohortReadiness = dmn.parseDecision(DECISION_KEY, table);
        }
    }

    @ParameterizedTest(name = "objectif {0}, {1} inscrits, prolongation possible {2} : {3}")
    @CsvSource({
            "10, 10, true, GO",
            "10, 10, false,  GO",
            "10, 15, true, GO",
            "10,  9, true, EXTEND",
            "10,  0, true, EXTEND",
            "10,  5, true, EXTEND",
            "10,  9, false,  GO",
            "10,  6, false,  GO",
            "10, 12, false,  GO",
            "10,  5, false,  CANCEL",
            "10,  0, false,  CANCEL",
            " 6,  6, true, GO",
            " 6,  5, false,  CANCEL",
            "15, 14, true, EXTEND"})
    void decidesOnTheCohort(int targetGroupSize, int enrolledCount, boolean extensionAvailable, String expectedDecision) {
        DmnDecisionTableResult result = decide(targetGroupSize, enrolledCount, extensionAvailable);

        assertThat(result.getSingleResult().getEntryMap()).containsExactly(Map.entry(OUTPUT, expectedDecision));
    }

    static Stream<Arguments> everySituation() {
        return IntStream.rangeClosed(MINIMUM_GROUP_SIZE, MAXIMUM_GROUP_SIZE).boxed()
                .flatMap(target -> IntStream.rangeClosed(0, MAXIMUM_GROUP_SIZE).boxed()
                        .flatMap(enrolled -> Stream.of(false, true)
                                .map(extended -> Arguments.of(target, enrolled, extended))));
    }

    @ParameterizedTest(name = "objectif {0}, {1} inscrits, prolongation possible {2}")
    @MethodSource("everySituation")
    void exactlyOneRuleAppliesToEverySituation(int targetGroupSize, int enrolledCount, boolean extensionAvailable) {
        DmnDecisionTableResult result = decide(targetGroupSize, enrolledCount, extensionAvailable);

        String expected = enrolledCount >= targetGroupSize ? "GO"
                : extensionAvailable ? "EXTEND"
                : enrolledCount >= MINIMUM_GROUP_SIZE ? "GO" : "CANCEL";
        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsExactly(Map.entry(OUTPUT, expected));
    }

    private static DmnDecisionTableResult decide(int targetGroupSize, int enrolledCount, boolean extensionAvailable) {
        return dmn.evaluateDecisionTable(cohortReadiness, Map.of(
                "targetGroupSize", targetGroupSize,
                "enrolledCount", enrolledCount,
                "extensionAvailable", extensionAvailable));
    }
}
