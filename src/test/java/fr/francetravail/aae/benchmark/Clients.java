package fr.francetravail.aae.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Clients working side by side until a deadline, each counting what it did: the load of every throughput figure. */
final class Clients {

    private Clients() {
    }

    /** One client's work: repeats until {@code deadline} ({@link System#nanoTime()}), returns how many it did. */
    @FunctionalInterface
    interface Client {
        long work(int client, long deadline) throws Exception;
    }

    /** What the clients did together, and over how long. */
    record Done(long count, double seconds) {

        double perSecond() {
            return count / seconds;
        }
    }

    /** Runs {@code clients} clients for {@code millis}; a client that fails fails the whole (its cause rethrown). */
    static Done untilDeadline(int clients, long millis, Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000L;
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int id = i;
            counts.add(pool.submit(() -> client.work(id, deadline)));
        }
        long total = 0;
        try {
            for (Future<Long> count : counts) {
                total += count.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdown();
        }
        return new Done(total, (System.nanoTime() - start) / 1e9);
    }
}
