package fr.francetravail.aae.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.platform.ExternalTaskWorker;
import fr.francetravail.aae.support.EmbeddedDatabase;
import fr.francetravail.aae.support.Journey;
import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.support.ServiceNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as the integration tests run it (embedded PostgreSQL, real HTTP), but with its job executor acquiring as
 * in production, its outbox dispatched at production's interval to an SMTP server of the test JVM ({@link NoDelayGreenMail}, up
 * for each benchmark class) and production's wait for a database connection: a benchmark measures what the service does by
 * itself, under load. This context is node one ({@value #NODE_ONE}) of a cluster; {@link #secondNode()} adds node two, a
 * JVM of its own on the same database. Only with {@code mvn verify -Pbenchmark} (tag {@code benchmark}, excluded from
 * the normal build), one JVM, the classes in their {@code @Order}; each benchmark adds its figures to the run's
 * {@link BenchmarkReport} (a parameter of its test method). Sizes are system properties ({@code -Dbenchmark.<name>=<n>},
 * see {@link #size}) so that a benchmark can be tried small.
 */
@Tag("benchmark")
@ExtendWith({BenchmarkReport.Extension.class, BenchmarkIT.CloseBeforeDatabase.class})
public abstract class BenchmarkIT extends ServiceIT {

    /** Threads starting instances through the Java API (see {@link #startInstances}). */
    protected static final int CREATING_THREADS = 4;
    /** This context's name as a node: job log's {@code HOSTNAME_}, its SMTP greeting ({@code HELO}) in each mail's Received header. */
    protected static final String NODE_ONE = "node-a";
    /** Node two's, likewise (see {@link #secondNode()}). */
    protected static final String NODE_TWO = "node-b";
    /** Node two's heap, in MB: production's (see the README, « Memory »). */
    private static final int NODE_TWO_HEAP_MB = 512;

    /** How long a journey waits for its operation's background work before it fails. */
    private static final Duration GIVE_UP = Duration.ofMinutes(2);
    /** The operation's asynchronous steps and timers due, in the jobs of its processes (their business key is its reference). */
    private static final String DUE_JOBS = """
            select count(*) from act_ru_job j join act_ru_execution p on p.id_ = j.process_instance_id_
            where p.business_key_ = ? and j.retries_ > 0 and j.suspension_state_ = 1 and (j.duedate_ is null or j.duedate_ <= ?)""";
    /**
     * The operation's jobs that failed and wait for their retry (their retry cycle's delay: a minute or more), not
     * locked by a job executor.
     */
    private static final String RETRYING_JOBS = """
            select j.id_ from act_ru_job j join act_ru_execution p on p.id_ = j.process_instance_id_
            where p.business_key_ = ? and j.retries_ > 0 and j.suspension_state_ = 1 and j.exception_msg_ is not null
            and j.duedate_ > ? and j.lock_owner_ is null""";
    /** The operation's external tasks still to work. */
    private static final String OPEN_EXTERNAL_TASKS = """
            select count(*) from act_ru_ext_task t join act_ru_execution p on p.id_ = t.proc_inst_id_
            where p.business_key_ = ? and (t.retries_ is null or t.retries_ > 0)""";
    /** Looks the journeys took at their operations' background work (see {@link #background()}), since the JVM started. */
    private static final AtomicLong LOOKS = new AtomicLong();
    /** Failed jobs whose retry the journeys brought forward (see {@link #background()}), since the JVM started. */
    private static final AtomicLong RETRIES_BROUGHT_FORWARD = new AtomicLong();
    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkIT.class);

    /** The SMTP server of every node, while a benchmark class runs (see {@link NoDelayGreenMail}). */
    protected static GreenMail smtp;
    /** Node two, while a benchmark class runs with it. */
    private static ServiceNode secondNode;

    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private Environment environment;
    @Autowired
    private JdbcTemplate database;
    @Autowired
    private ExternalTaskWorker worker;
    @Autowired
    private ManagementService management;

    @DynamicPropertySource
    static void productionSettings(DynamicPropertyRegistry registry) {
        // a database of its own, which node two joins (nodes never join the integration tests' shared database)
        EmbeddedDatabase.registerFresh(registry, "benchmark");
        // ServiceIT's context acquires no job (its tests run them, see ServiceIT): here jobs are acquired as in production,
        // not by priority (the priority range that keeps ServiceIT's executor idle applies only then)
        registry.add("camunda.bpm.generic-properties.properties.jobExecutorAcquireByPriority", () -> false);
        // and with production's priority range (Camunda's default, every priority): out of ServiceIT's range, a new job
        // would never hint the job executor, which would find it only when it next looks by itself (up to 5 s later)
        registry.add("camunda.bpm.generic-properties.properties.jobExecutorPriorityRangeMin", () -> Long.MIN_VALUE);
        // the outbox is dispatched at production's interval (ServiceIT's tests dispatch it themselves)
        registry.add("aae.notifications.dispatch-interval", () -> serviceDefault("aae.notifications.dispatch-interval"));
        registry.add("camunda.bpm.generic-properties.properties.hostname", () -> NODE_ONE);
        registry.add("spring.mail.properties.mail.smtp.localhost", () -> NODE_ONE);
        // and a request waits for a database connection as long as in production (Hikari's 30 s), not ServiceIT's 2 s
        registry.add("spring.datasource.hikari.connection-timeout", () -> 30_000);
    }

    /** A setting as the service's {@code application.yaml} gives it. */
    private static String serviceDefault(String key) {
        try {
            return String.valueOf(new YamlPropertySourceLoader().load("service", new ClassPathResource("application.yaml")).get(0).getProperty(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Node two: the service as a JVM of its own ({@link ServiceNode}) joining this context's database and SMTP server, with
     * production's settings and heap ({@value #NODE_TWO_HEAP_MB} MB), its job executor and dispatcher running beside this
     * context's; started at the first call of a benchmark class (20–30 s here), stopped after the class.
     */
    protected ServiceNode secondNode() {
        if (secondNode == null) {
            Map<String, String> properties = new LinkedHashMap<>(ServiceNode.joining(environment));
            properties.putAll(Map.of("camunda.bpm.generic-properties.properties.hostname", NODE_TWO, "spring.mail.properties.mail.smtp.localhost",
                    NODE_TWO, "aae.external-tasks.worker-id", NODE_TWO, "spring.main.banner-mode", "off"));
            secondNode = ServiceNode.of(NODE_TWO + "-" + getClass().getSimpleName(), properties, "-Xmx" + NODE_TWO_HEAP_MB + "m").start()
                    .awaitReady();
        }
        return secondNode;
    }

    /** Node two's resident memory, the most sampled while it worked, beside its heap cap; and how the two nodes run. */
    protected static void nodeTwoMemory(BenchmarkReport.Section section, String working, long residentMegabytes) {
        section.figure("Node two: resident memory, most while " + working, (double) residentMegabytes, "MB", "its heap cap (-Xmx)",
                (double) NODE_TWO_HEAP_MB, "heap ≤ 512 MB").note("Node two is a JVM of its own (ServiceNode, production's settings, full JIT) "
                        + "started between the one-node and the two-node runs; node one is the benchmark's own context, which also runs "
                        + "the test and the SMTP server.");
    }

    @BeforeAll
    static void startSmtpServer() {
        smtp = new NoDelayGreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSecondNodeThenSmtpServer() {
        if (secondNode != null) {
            secondNode.stop();
            secondNode = null;
        }
        smtp.stop();
    }

    /**
     * In a benchmark an operation's background work runs as in production, beside the journey that drives it: its
     * asynchronous steps and due timers on the job executor (hinted of each new job when its transaction commits), which
     * {@code settle} waits for, looking at the operation's due jobs every 5 ms at first, then less often (up to 100 ms);
     * a job that failed waits for its retry (a minute or more, which the weeks between an operation's steps cover in
     * production): {@code settle} brings it forward, running it at once in the caller's thread (counted in
     * {@link #retriesBroughtForward()}), as it fires the timers. Its external tasks run on the external task worker,
     * whose polling is off here as in the integration tests: {@code work} runs a round of it until the operation has none
     * left (a round may also work other operations' tasks). Each look is one query in a transaction of its own, counted in
     * {@link #looks()}: the benchmark's own work, not the operation's.
     */
    @Override
    protected Journey.Background background() {
        return new Journey.Background() {

            @Override
            public void settle(String reference) {
                while (true) {
                    awaitNone(reference, "travaux dus", () -> { },
                            () -> database.queryForObject(DUE_JOBS, Integer.class, reference, new Timestamp(System.currentTimeMillis())));
                    LOOKS.incrementAndGet();
                    List<String> failed = database.queryForList(RETRYING_JOBS, String.class, reference, new Timestamp(System.currentTimeMillis()));
                    if (failed.isEmpty()) {
                        return;
                    }
                    for (String job : failed) {
                        RETRIES_BROUGHT_FORWARD.incrementAndGet();
                        try {
                            management.executeJob(job);
                        } catch (ProcessEngineException e) {
                            LOG.info("Travail {} de l'opération {} de nouveau en échec : {}", job, reference, e.getMessage());
                        }
                    }
                }
            }

            @Override
            public int work(String reference) {
                AtomicInteger completed = new AtomicInteger();
                awaitNone(reference, "tâches externes", () -> completed.addAndGet(worker.runOnce()),
                        () -> database.queryForObject(OPEN_EXTERNAL_TASKS, Integer.class, reference));
                settle(reference);
                return completed.get();
            }
        };
    }

    /** Runs {@code step}, then looks how much of {@code what} is {@code pending}, until nothing is. */
    private static void awaitNone(String reference, String what, Runnable step, IntSupplier pending) {
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        long pause = 5;
        while (true) {
            step.run();
            LOOKS.incrementAndGet();
            if (pending.getAsInt() == 0) {
                return;
            }
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("%s de l'opération %s toujours en attente après %s".formatted(what, reference, GIVE_UP));
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause = Math.min(100, pause * 2);
        }
    }

    /** Looks the journeys took so far at their operations' background work: each one transaction committed. */
    protected static long looks() {
        return LOOKS.get();
    }

    /** Failed jobs whose retry the journeys brought forward so far. */
    protected static long retriesBroughtForward() {
        return RETRIES_BROUGHT_FORWARD.get();
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

    /**
     * When the run ends, the service's context is closed while the embedded PostgreSQL still runs. Left to the JVM's exit,
     * it would close in a shutdown hook beside the one that stops the database, and the engine, reporting its metrics as
     * it closes, would wait production's 30 s for a connection: longer than failsafe waits for the JVM to exit.
     */
    static final class CloseBeforeDatabase implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            ConfigurableApplicationContext service = (ConfigurableApplicationContext) SpringExtension.getApplicationContext(context);
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(CloseBeforeDatabase.class,
                    key -> (ExtensionContext.Store.CloseableResource) service::close, ExtensionContext.Store.CloseableResource.class);
        }
    }
}
