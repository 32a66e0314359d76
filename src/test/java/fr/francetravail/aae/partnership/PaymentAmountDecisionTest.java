package fr.francetravail.aae.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table test of decision {@code payment-amount}: the national lump sum for every allowed group size, nothing outside. */
class PaymentAmountDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision paymentAmount;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = PaymentAmountDecisionTest.class.getResourceAsStream("/payment-eligibility.dmn")) {
            paymentAmount = dmn.parseDecision(PartnershipProcess.DECISION_PAYMENT_AMOUNT, table);
        }
    }

    @ParameterizedTest(name = "groupe de {0} : {1} EUR")
    @CsvSource({"6, 2700", "10, 2700", "15, 2700"})
    void nationalLumpSum(int groupSize, int expectedAmount) {
        DmnDecisionTableResult result = dmn.evaluateDecisionTable(paymentAmount, Map.of("targetGroupSize", groupSize));

        assertThat(result.getSingleResult().getEntryMap()).containsExactly(Map.entry("lumpSum", expectedAmount));
    }

    @ParameterizedTest(name = "groupe de {0} : hors barème")
    @CsvSource({"5", "16"})
    void noAmountOutsideTheAllowedGroupSizes(int groupSize) {
        assertThat(dmn.evaluateDecisionTable(paymentAmount, Map.of("targetGroupSize", groupSize))).isEmpty();
    }
}
