package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryExpressionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"${currentUser()}", "${currentUserGroups()}", "${now()}", "${ dateTime().plusDays(2).toDate() }",
            "${dateTime().minusHours(1).plusWeeks(3)}", "${dateTime()}"})
    void theSeededFiltersFormsAreAllowed(String expression) {
        assertThatNoException().isThrownBy(() -> QueryExpressions.check("assigneeExpression", expression));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${environment.getSystemProperties()}", "${currentUser()}${aaeTimers.partnerReminder()}",
            "${dateTime().plusDays(1).getClass()}", "${dateTime().toDate().getClass()}", "#{currentUser()}", "${currentUser() }x",
            "${''.getClass().forName('java.lang.Runtime')}", "${S('x')}", "${dateTime().plusDays(123456)}", "currentUser()",
            "${dateTime().plusDays(1).plusDays(1).plusDays(1).plusDays(1).plusDays(1).plusDays(1)}", "${currentUser()\n}x"})
    void anythingElseIsRefusedWithTheField(String expression) {
        assertThatThrownBy(() -> QueryExpressions.check("assigneeExpression", expression))
                .isInstanceOf(QueryExpressions.Refused.class)
                .hasMessageStartingWith("assigneeExpression : expression interdite dans une requête de tâches");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${dateTime().plusDays(2).toDate()}", "${now()}"})
    void datesAreEvaluatedInTheSandbox(String expression) {
        assertThat(QueryExpressions.evaluate(expression)).isInstanceOf(Date.class);
    }
}
