package fr.francetravail.aae.operation;

import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.StateConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out operation references {@code AAE-<year>-<region>-<4-digit seq>}, one counter per year and region. Each
 * reference is taken in a short transaction of its own, so creations in one region do not queue behind each other's
 * whole transaction (the counter's row is locked for one update, not until the operation is created). The price: the
 * numbers are unique and increasing, not gap-free; a creation that fails after taking its number (the database or the
 * engine refusing it) leaves that number unused.
 */
@Component
class OperationReferences {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    OperationReferences(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(int year, Region region) {
        int seq = ownTransaction.execute(status -> increment(year, region));
        if (seq > 9999) {
            throw new StateConflictException("Plus de 9999 opérations en " + year + " pour la région " + region);
        }
        return "AAE-%d-%s-%04d".formatted(year, region.name(), seq);
    }

    private int increment(int year, Region region) {
        int updated = jdbc.sql("update operation_sequence set last_value = last_value + 1 where reference_year = ? and region_code = ?")
                .params(year, region.name()).update();
        if (updated == 0) {
            createCounter(year, region);
            return increment(year, region);
        }
        return jdbc.sql("select last_value from operation_sequence where reference_year = ? and region_code = ?")
                .params(year, region.name()).query(Integer.class).single();
    }

    /** The first counter of a year and region, in a transaction of its own: a concurrent first creation does not abort ours. */
    private void createCounter(int year, Region region) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                    "insert into operation_sequence (reference_year, region_code, last_value) values (?, ?, 0)")
                    .params(year, region.name()).update());
        } catch (DuplicateKeyException createdByAnotherProposal) {
            // the counter exists now: that is all we need
        }
    }
}
