package fr.francetravail.aae.benchmark;

import fr.francetravail.aae.support.ServiceIT;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as the integration tests run it (embedded PostgreSQL, real HTTP), but with its job executor running and
 * production's wait for a database connection: a benchmark measures what the engine does by itself, under load. Only with {@code mvn verify -Pbenchmark} (tag
 * {@code benchmark}, excluded from the normal build), one JVM, the classes in their {@code @Order}; each benchmark adds
 * its figures to the run's {@link BenchmarkReport} (a parameter of its test method). Sizes are system properties
 * ({@code -Dbenchmark.<name>=<n>}, see {@link #size}) so that a benchmark can be tried small.
 */
@Tag("benchmark")
@ExtendWith(BenchmarkReport.Extension.class)
public abstract class BenchmarkIT extends ServiceIT {

    /** Threads starting instances through the Java API (see {@link #startInstances}). */
    protected static final int CREATING_THREADS = 4;

    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;

    @DynamicPropertySource
    static void productionSettings(DynamicPropertyRegistry registry) {
        // ServiceIT's context acquires no job (its tests run them): here every job is acquired, from the lowest priority
        registry.add("camunda.bpm.generic-properties.properties.jobExecutorPriorityRangeMin", () -> Long.MIN_VALUE);
        // and a request waits for a database connection as long as in production (Hikari's 30 s), not ServiceIT's 2 s
        registry.add("spring.datasource.hikari.connection-timeout", () -> 30_000);
    }

    /** The size {@code -Dbenchmark.<name>} if given, else the issue's. */
    protected static int size(String name, int issueSize) {
        return Integer.getInteger("benchmark." + name, issueSize);
    }

    /** Deploys a trivial process, start → one user task {@code Task} for these candidate groups → end. */
    protected void deployUserTaskProcess(String key, String candidateGroups) {
        repository.createDeployment().name(key)
                .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task").name("Tâche triviale").camundaCandidateGroups(candidateGroups).endEvent().done())
                .deploy();
    }

    /**
     * Starts instances of the process through the Java API (no authenticated user) on {@link #CREATING_THREADS} threads,
     * the n-th with its business key and variables; answers how many were started per second.
     */
    protected double startInstances(String key, int instances, IntFunction<String> businessKey, IntFunction<Map<String, Object>> variables)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(CREATING_THREADS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < CREATING_THREADS; thread++) {
            int first = thread;
            done.add(pool.submit(() -> {
                for (int i = first; i < instances; i += CREATING_THREADS) {
                    runtime.startProcessInstanceByKey(key, businessKey.apply(i), variables.apply(i));
                }
            }));
        }
        try {
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        return instances / ((System.nanoTime() - start) / 1e9);
    }

    /** Milliseconds of each of {@code runs} calls, after {@code warmUp} calls not measured, sorted. */
    protected static List<Double> latencies(int warmUp, int runs, Runnable call) {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    /** The nearest-rank percentile {@code p} (0 to 1) of sorted values. */
    protected static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
