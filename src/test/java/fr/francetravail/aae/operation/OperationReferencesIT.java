package fr.francetravail.aae.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.support.ServiceIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * References are taken in a short transaction of their own: a creation still under way in a region does not hold back
 * the next one there, and each gets its own number. A year no other test uses (2099), so the counters are this test's.
 */
class OperationReferencesIT extends ServiceIT {

    private static final int YEAR = 2099;

    @Autowired
    private OperationReferences references;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private DataSource dataSource;

    @Test
    void aCreationUnderWayDoesNotHoldBackTheNextOneInItsRegionAndAFailedOneLeavesAGap() throws Exception {
        CountDownLatch firstHasItsNumber = new CountDownLatch(1);
        CountDownLatch secondIsDone = new CountDownLatch(1);
        TransactionTemplate creation = new TransactionTemplate(transactions);

        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> creation.execute(status -> {
            String reference = references.next(YEAR, Region.COR);
            firstHasItsNumber.countDown();
            try {
                // the first creation stays open until the second one is done, then fails (its transaction rolls back)
                assertThat(secondIsDone.await(60, TimeUnit.SECONDS)).as("la seconde création aboutit").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            status.setRollbackOnly();
            return reference;
        }));
        assertThat(firstHasItsNumber.await(60, TimeUnit.SECONDS)).isTrue();
        // were the counter's row locked until the first creation ends, the second would wait for it: it gets 30 s
        CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> creation.execute(status -> references.next(YEAR, Region.COR)));
        String second;
        try {
            second = next.get(30, TimeUnit.SECONDS);
        } finally {
            secondIsDone.countDown();
        }

        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo("AAE-2099-COR-0001");
        assertThat(second).isEqualTo("AAE-2099-COR-0002");
        assertThat(references.next(YEAR, Region.COR)).as("le numéro de la création échouée reste inutilisé").isEqualTo("AAE-2099-COR-0003");
        assertThat(references.next(YEAR, Region.GUY)).as("un compteur par région").isEqualTo("AAE-2099-GUY-0001");
    }

    /**
     * As many creations at once as the main pool has connections, each holding one (as a creation's transaction does)
     * when it asks for its number: they all get one. Were the counter to take a second connection from the same pool,
     * they would wait for each other until the pool's time-out.
     */
    @Test
    void asManyCreationsAtOnceAsThePoolHasConnectionsEachGetANumber() throws Exception {
        int connections = ((HikariDataSource) dataSource).getMaximumPoolSize();
        CountDownLatch allHoldAConnection = new CountDownLatch(connections);
        TransactionTemplate creation = new TransactionTemplate(transactions);
        JdbcClient main = JdbcClient.create(dataSource);
        ExecutorService creations = Executors.newFixedThreadPool(connections);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                numbers.add(creations.submit(() -> creation.execute(status -> {
                    main.sql("select 1").query(Integer.class).single();
                    allHoldAConnection.countDown();
                    try {
                        allHoldAConnection.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return references.next(YEAR - 1, Region.COR);
                })));
            }
            Set<String> taken = new TreeSet<>();
            for (Future<String> number : numbers) {
                taken.add(number.get(60, TimeUnit.SECONDS));
            }
            assertThat(taken).hasSize(connections).first().isEqualTo("AAE-2098-COR-0001");
        } finally {
            creations.shutdownNow();
        }
    }
}
