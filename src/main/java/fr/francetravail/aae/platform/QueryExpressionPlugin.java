package fr.francetravail.aae.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.FilterManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Closes the evaluation of client expressions in task queries and filters (a known class of Camunda 7 CE flaw: an
 * expression in a nested or-query, or in a stored filter, reaches any Spring bean and any method). Every query
 * expression, wherever it comes from, must be one of {@link QueryExpressions}' allowed forms and is evaluated in its
 * sandbox ({@link QueryExpressionManager}); a filter is refused when it is saved with another one
 * ({@link CheckedFilterManager}), and a query run by a client is checked before anything is evaluated
 * ({@link QueryExpressionGuard}).
 */
@Component
class QueryExpressionPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext applicationContext;

    QueryExpressionPlugin(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new QueryExpressionManager(applicationContext, configuration.getBeans()));
        configuration.setCustomSessionFactories(with(configuration.getCustomSessionFactories(), new CheckedFilterManager.Factory()));
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired(), new QueryExpressionGuard()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new QueryExpressionGuard()));
    }

    private static <T> List<T> with(List<T> list, T element) {
        List<T> extended = list == null ? new ArrayList<>() : new ArrayList<>(list);
        extended.add(element);
        return extended;
    }

    /** Filters are stored only with allowed expressions. */
    static class CheckedFilterManager extends FilterManager {

        @Override
        public Filter insertOrUpdateFilter(Filter filter) {
            AbstractQuery<?, ?> query = filter.getQuery();
            QueryExpressions.checkAll(query);
            return super.insertOrUpdateFilter(filter);
        }

        static class Factory implements SessionFactory {

            @Override
            public Class<?> getSessionType() {
                return FilterManager.class;
            }

            @Override
            public Session openSession() {
                return new CheckedFilterManager();
            }
        }
    }
}
