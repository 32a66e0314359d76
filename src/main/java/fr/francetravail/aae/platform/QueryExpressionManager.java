package fr.francetravail.aae.platform;

import java.util.Map;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.JuelExpression;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;
import org.springframework.context.ApplicationContext;

/**
 * Spring's expression manager for the models (their expressions keep reaching the beans, e.g.
 * {@code ${aaeTimers.partnerReminder().iso()}}), except for query expressions: the engine evaluates those, and only those,
 * without a variable scope ({@code AbstractQuery.evaluateExpressions}), and they go to {@link QueryExpressions}.
 */
class QueryExpressionManager extends SpringExpressionManager {

    QueryExpressionManager(ApplicationContext applicationContext, Map<Object, Object> beans) {
        super(applicationContext, beans);
    }

    @Override
    public Expression createExpression(String expression) {
        return new QueryAwareExpression(parsed(expression), this, expression);
    }

    private ValueExpression parsed(String expression) {
        try {
            return createValueExpression(expression);
        } catch (ELException e) {
            throw new QueryExpressions.Refused("Expression illisible : " + e.getMessage());
        }
    }

    private static final class QueryAwareExpression extends JuelExpression {

        QueryAwareExpression(ValueExpression valueExpression, QueryExpressionManager manager, String expression) {
            super(valueExpression, manager, expression);
        }

        @Override
        public Object getValue(VariableScope variableScope, BaseDelegateExecution contextExecution) {
            return variableScope == null ? QueryExpressions.evaluate(expressionText) : super.getValue(variableScope, contextExecution);
        }
    }
}
