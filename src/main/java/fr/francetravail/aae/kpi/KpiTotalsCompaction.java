package fr.francetravail.aae.kpi;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the rows the refreshes append to the KPI totals ({@code kpi_total}) into one row per agency, status and year, so
 * that a report adds up about one row per key. Every node runs it; rows another node is folding are skipped, and the
 * sums are the same before and after, folded or not.
 */
@Component
class KpiTotalsCompaction {

    /** Rows folded per transaction. */
    static final int BATCH = 1_000;

    private final KpiQueries queries;
    private final TransactionTemplate transactions;

    KpiTotalsCompaction(KpiQueries queries, TransactionTemplate transactions) {
        this.queries = queries;
        this.transactions = transactions;
    }

    /** Folds every row appended so far, a batch per transaction. */
    @Scheduled(fixedDelayString = "${aae.kpi.compaction-interval}")
    void run() {
        Integer folded;
        do {
            folded = transactions.execute(status -> queries.compact(BATCH));
        } while (folded != null && folded == BATCH);
    }
}
