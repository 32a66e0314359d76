package fr.francetravail.aae.operation;

import com.zaxxer.hikari.HikariDataSource;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.StateConflictException;
import jakarta.annotation.PreDestroy;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out operation references {@code AAE-<year>-<region>-<4-digit seq>}, one counter per year and region. Each
 * reference is taken in a short transaction of its own, so creations in one region do not queue behind each other's
 * whole transaction (the counter's row is locked for one update, not until the operation is created). That transaction
 * runs on a small pool of its own: a creation already holds a connection of the main pool, and were the counter to ask
 * that pool for a second one, as many creations at once as the pool has connections would wait for each other forever.
 * The price: the numbers are unique and increasing, not gap-free; a creation that fails after taking its number (the
 * database or the engine refusing it) leaves that number unused.
 */
@Component
class OperationReferences {

    private final HikariDataSource counters;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    OperationReferences(DataSourceProperties database) {
        this.counters = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        this.counters.setPoolName("operation-references");
        this.counters.setMaximumPoolSize(2);
        this.counters.setMinimumIdle(0);
        this.jdbc = JdbcClient.create(counters);
        this.ownTransaction = new TransactionTemplate(new JdbcTransactionManager(counters));
    }

    String next(int year, Region region) {
        Integer seq = ownTransaction.execute(status -> increment(year, region));
        if (seq == null) {
            createCounter(year, region);
            seq = ownTransaction.execute(status -> increment(year, region));
        }
        if (seq > 9999) {
            throw new StateConflictException("Plus de 9999 opérations en " + year + " pour la région " + region);
        }
        return "AAE-%d-%s-%04d".formatted(year, region.name(), seq);
    }

    /** The next number, or {@code null} when the year and region have no counter yet. */
    private Integer increment(int year, Region region) {
        int updated = jdbc.sql("update operation_sequence set last_value = last_value + 1 where reference_year = ? and region_code = ?")
                .params(year, region.name()).update();
        if (updated == 0) {
            return null;
        }
        return jdbc.sql("select last_value from operation_sequence where reference_year = ? and region_code = ?")
                .params(year, region.name()).query(Integer.class).single();
    }

    /** The first counter of a year and region; a concurrent first creation may have made it already, which is as good. */
    private void createCounter(int year, Region region) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                    "insert into operation_sequence (reference_year, region_code, last_value) values (?, ?, 0)")
                    .params(year, region.name()).update());
        } catch (DuplicateKeyException createdByAnotherProposal) {
            // the counter exists now: that is all we need
        }
    }

    @PreDestroy
    void close() {
        counters.close();
    }
}
