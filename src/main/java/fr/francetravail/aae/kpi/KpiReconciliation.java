package fr.francetravail.aae.kpi;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings back to their sources the figures of operations written around the repositories without a call to
 * {@link OperationFigures#changed(long)}: by a node of an earlier version during a rolling upgrade, or by hand in SQL.
 * Every {@code aae.kpi.reconciliation-cron} (nightly by default), it compares each operation's row of {@code kpi_operation}
 * with its view, a batch of operations per transaction, and refreshes those that differ (their totals follow). Every
 * node runs it; it stays right on several at once: the operations to refresh are locked first (their {@code operation}
 * rows, so that a node inserting the figures of an operation that had none makes the other wait and then find them),
 * and figures already right are left alone. A batch that fails is logged and the next one goes on.
 */
@Component
class KpiReconciliation {

    /** Operations compared per transaction. */
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(KpiReconciliation.class);

    private final KpiQueries queries;
    private final TransactionTemplate transactions;

    KpiReconciliation(KpiQueries queries, TransactionTemplate transactions) {
        this.queries = queries;
        this.transactions = transactions;
    }

    /** Refreshes every operation whose figures are not those of its sources; returns how many were. */
    @Scheduled(cron = "${aae.kpi.reconciliation-cron}", zone = "Europe/Paris")
    int run() {
        int refreshed = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = queries.operationsAfter(after, BATCH);
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1);
                refreshed += reconcile(batch);
            }
        } while (batch.size() == BATCH);
        if (refreshed > 0) {
            log.warn("Indicateurs de {} opération(s) recalculés : leurs données avaient été écrites sans mise à jour des indicateurs", refreshed);
        }
        return refreshed;
    }

    /** Refreshes the stale operations of this batch; returns how many this node changed. */
    private int reconcile(List<Long> batch) {
        try {
            List<Long> stale = queries.stale(batch);
            if (stale.isEmpty()) {
                return 0;
            }
            Integer changed = transactions.execute(status -> {
                queries.lockOperations(stale);
                return queries.refresh(stale);
            });
            return changed == null ? 0 : changed;
        } catch (DataAccessException e) {
            log.warn("Indicateurs des opérations {} à {} non rapprochés, repris à la prochaine passe : {}", batch.get(0),
                    batch.get(batch.size() - 1), e.getMostSpecificCause().getMessage());
            return 0;
        }
    }
}
