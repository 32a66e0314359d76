package fr.francetravail.aae.kpi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each operation's KPI figures (table {@code kpi_operation}, and their totals {@code kpi_total}) equal to what its
 * sources give (view {@code kpi_operation_source}): when an operation or one of the rows the figures count (enrolment,
 * outcome, meeting result, survey answer, payment) is saved through its repository, the operation's figures are
 * recomputed just before the transaction commits, in that transaction: once per operation, whatever was saved. The
 * service deletes none of these rows; a writer that goes around the repositories (SQL) calls {@link #changed(long)}.
 */
@Component
public class OperationFigures {

    /** The tables of the rows counted, each with the operation's id in {@code operationId}. */
    private static final Set<String> SOURCES = Set.of("enrolment", "outcome", "meeting_result", "survey_response", "payment");
    private static final String OPERATION = "operation";

    private final KpiQueries queries;
    private final RelationalMappingContext mapping;
    private final TransactionTemplate transactions;

    OperationFigures(KpiQueries queries, RelationalMappingContext mapping, TransactionTemplate transactions) {
        this.queries = queries;
        this.mapping = mapping;
        this.transactions = transactions;
    }

    /**
     * The sources of this operation's figures were written: they are recomputed before the current transaction commits,
     * or at once in a transaction of their own outside one.
     */
    public void changed(long operationId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            transactions.executeWithoutResult(status -> queries.refresh(List.of(operationId)));
            return;
        }
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Refresh.class::isInstance).map(Refresh.class::cast).findFirst()
                .orElseGet(this::refreshBeforeCommit)
                .operationIds.add(operationId);
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        operationOf(event.getEntity()).ifPresent(this::changed);
    }

    private Optional<Long> operationOf(Object aggregate) {
        RelationalPersistentEntity<?> entity = mapping.getPersistentEntity(aggregate.getClass());
        if (entity == null) {
            return Optional.empty();
        }
        String table = entity.getTableName().getReference();
        if (table.equals(OPERATION)) {
            return Optional.ofNullable((Long) entity.getIdentifierAccessor(aggregate).getIdentifier());
        }
        return SOURCES.contains(table)
                ? Optional.ofNullable((Long) entity.getPropertyAccessor(aggregate).getProperty(entity.getRequiredPersistentProperty("operationId")))
                : Optional.empty();
    }

    private Refresh refreshBeforeCommit() {
        Refresh refresh = new Refresh(queries);
        TransactionSynchronizationManager.registerSynchronization(refresh);
        return refresh;
    }

    /** The operations of one transaction whose figures are to be recomputed before it commits. */
    private static final class Refresh implements TransactionSynchronization {

        private final KpiQueries queries;
        private final Set<Long> operationIds = new TreeSet<>();

        Refresh(KpiQueries queries) {
            this.queries = queries;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            queries.refresh(List.copyOf(operationIds));
        }
    }
}
