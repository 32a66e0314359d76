package fr.francetravail.aae.platform;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks the expressions of a query run as a command (task queries from {@code /engine-rest} and the webapps) before the
 * engine validates or evaluates any of them, and surfaces a refusal raised while a stored filter's query is evaluated as
 * the 400 it is: the engine wraps whatever an expression throws in a bare {@link ProcessEngineException} (a 500).
 */
class QueryExpressionGuard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof AbstractQuery<?, ?> query) {
            QueryExpressions.checkAll(query);
        }
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof QueryExpressions.Refused refused) {
                    throw refused;
                }
            }
            throw e;
        }
    }
}
