package fr.francetravail.aae.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table test of decision {@code payment-eligibility} with its required decision {@code payment-amount}: for each of the
 * 16 combinations of the four requirements, the rows the table collects are exactly one per unmet requirement, or the
 * amount when all are met.
 */
class PaymentEligibilityDecisionTest {

    private static final Map<String, String> MISSING = Map.of(
            "conventionSigned", "La convention n'est pas signée",
            "workshopsDelivered", "Tous les ateliers prévus n'ont pas eu lieu",
            "attendanceComplete", "Des feuilles d'émargement sont incomplètes",
            "bilanDone", "Le bilan de l'action n'est pas rédigé");
    private static final List<String> REQUIREMENTS = List.of("conventionSigned", "workshopsDelivered", "attendanceComplete", "bilanDone");

    private static DmnEngine dmn;
    private static DmnDecision eligibility;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = PaymentEligibilityDecisionTest.class.getResourceAsStream("/payment-eligibility.dmn")) {
            eligibility = dmn.parseDecision(PaymentProcess.DECISION_PAYMENT_ELIGIBILITY, table);
        }
    }

    static Stream<Arguments> everyCombination() {
        return Stream.iterate(0, mask -> mask + 1).limit(16).map(mask -> {
            Map<String, Object> requirements = new HashMap<>();
            for (int i = 0; i < REQUIREMENTS.size(); i++) {
                requirements.put(REQUIREMENTS.get(i), (mask & (1 << i)) != 0);
            }
            return Arguments.of(requirements);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCombination")
    void oneRowPerUnmetRequirementElseTheAmount(Map<String, Object> requirements) {
        Map<String, Object> variables = new HashMap<>(requirements);
        variables.put("targetGroupSize", 10);

        DmnDecisionResult result = dmn.evaluateDecision(eligibility, variables);

        List<String> expectedMissing = new ArrayList<>();
        REQUIREMENTS.stream().filter(requirement -> !(Boolean) requirements.get(requirement)).forEach(r -> expectedMissing.add(MISSING.get(r)));
        List<Object> missing = result.getResultList().stream().map(row -> row.get("missingRequirement")).filter(value -> value != null).toList();
        List<Object> amounts = result.getResultList().stream().map(row -> row.get("amount")).filter(value -> value != null).toList();
        assertThat(missing).containsExactlyInAnyOrderElementsOf(expectedMissing);
        if (expectedMissing.isEmpty()) {
            assertThat(result.getResultList()).hasSize(1);
            assertThat(amounts).containsExactly(2700);
        } else {
            assertThat(result.getResultList()).hasSize(expectedMissing.size());
            assertThat(amounts).isEmpty();
        }
    }
}
