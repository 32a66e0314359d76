package fr.francetravail.aae.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.ServiceNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 10 000 timers due at the same instant, fired by the real job executors with the service's settings, first on node one
 * alone, then on node one and node two together: time until all fired and the lag of each (when its timer event ended,
 * from the history, minus the due date), which node fired how many (the job log's host name), and every timer fired
 * exactly once. The timers are created due in a year, then all made due a few seconds ahead at once (one update of their
 * due date), as reminders created over weeks come due together: the job executors get no hint of them, they find them by
 * themselves. A smaller batch fired first, not measured, warms the nodes up (node two has just started). Reference: the
 * same timers run one after the other in the test's thread ({@code executeJob}, as the integration tests run them), and
 * for two nodes, one node in the same run.
 */
@Order(2)
class TimerBenchmarkIT extends BenchmarkIT {

    private static final String PROCESS = "bench-timer";
    private static final int TIMERS = size("timers", 10_000);
    private static final int REFERENCE_TIMERS = Math.max(1, TIMERS / 10);
    private static final int WARM_UP = size("timers.warm-up", 1_000);
    private static final Duration LEAD = Duration.ofSeconds(5);
    private static final Duration GIVE_UP = Duration.ofMinutes(15);

    @Autowired
    private RepositoryService repository;
    @Autowired
    private ManagementService management;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Environment environment;
    @Autowired
    private ProcessEngine engine;

    @Test
    void timersDueAtOnceOnOneNodeThenTwo(BenchmarkReport report) throws Exception {
        repository.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent("Timer").timerWithDate("${due}").endEvent().done()).deploy();
        BenchmarkReport.Section section = report.section("Timers: %d due at once, on one node and on two".formatted(TIMERS));

        startInstances(PROCESS, REFERENCE_TIMERS, i -> "REF-" + i, i -> inAYear());
        long start = System.nanoTime();
        for (Job job : management.createJobQuery().processDefinitionKey(PROCESS).timers().list()) {
            management.executeJob(job.getId());
        }
        double referenceRate = REFERENCE_TIMERS / ((System.nanoTime() - start) / 1e9);
        assertThat(fired()).isEqualTo(REFERENCE_TIMERS);

        fire("W1-", WARM_UP, null);
        Firing one = fire("T1-", TIMERS, null);
        ServiceNode nodeTwo = secondNode();
        fire("W2-", WARM_UP, nodeTwo);
        Firing two = fire("T2-", TIMERS, nodeTwo);

        section.figure("One node: time until all fired (last fired minus due date)", one.last(), "s", null, null, "< 120 s (one node)")
                .figure("One node: lag p50", one.p50(), "s", null, null, "")
                .figure("One node: lag p95", one.p95(), "s", null, null, "")
                .figure("One node: lag of the first fired", one.first(), "s", null, null, "within a few seconds")
                .figure("One node: timers fired/s (first to last)", one.perSecond(), "timers/s",
                        "one after the other in the test's thread (executeJob), " + REFERENCE_TIMERS + " timers", referenceRate, "")
                .figure("Two nodes: time until all fired (last fired minus due date)", two.last(), "s", "one node", one.last(), "< 60 s (two nodes)")
                .figure("Two nodes: lag p50", two.p50(), "s", "one node", one.p50(), "")
                .figure("Two nodes: lag p95", two.p95(), "s", "one node", one.p95(), "")
                .figure("Two nodes: lag of the first fired", two.first(), "s", "one node", one.first(), "within a few seconds")
                .figure("Two nodes: timers fired/s (first to last)", two.perSecond(), "timers/s", "one node", one.perSecond(), "");
        for (Map.Entry<String, Long> node : two.byNode().entrySet()) {
            section.figure("Two nodes: timers fired by " + node.getKey(), (double) node.getValue(), "timers", null, null, "");
        }
        section.figure("Two nodes: jobs node one acquired but found taken by node two", (double) two.acquisitionsLost(), "jobs",
                "jobs node one acquired", (double) two.acquired(), "");
        section.figure("Timers fired more than once (both runs)", (double) (one.twice() + two.twice()), "", null, null, "0")
                .figure("Failed attempts, retried (two nodes)", (double) two.failedAttempts(), "", "one node", (double) one.failedAttempts(), "")
                .figure("Instances created with their timer (%d threads, Java API)".formatted(CREATING_THREADS), two.creationRate(), "instances/s",
                        null, null, "");
        nodeTwoMemory(section, "firing", two.nodeTwoResidentMegabytes());
        section.note(("Job executor settings, on each node: max-jobs-per-acquisition %s, core-pool-size %s, max-pool-size %s, queue-capacity %s, "
                        + "max-wait %s ms, lock-time %s ms, backoff %s to %s ms. Each measured run is preceded by one of %d timers, not "
                        + "measured, that warms the nodes up.").formatted(setting("max-jobs-per-acquisition"),
                        setting("core-pool-size"), setting("max-pool-size"), setting("queue-capacity"), setting("max-wait"),
                        setting("lock-time-in-millis"), setting("backoff-time-in-millis"), setting("max-backoff"), WARM_UP));
        section.end();

        assertThat(one.twice() + two.twice()).as("minuteries déclenchées plus d'une fois").isZero();
        assertThat(two.byNode()).as("minuteries par nœud").containsOnlyKeys(NODE_ONE, NODE_TWO);
    }

    /**
     * Starts this many instances (business keys {@code prefix<n>}) with their timer due in a year, makes all their timers
     * due at once, and waits until every one has fired; node two's resident memory is sampled meanwhile (if it runs).
     */
    private Firing fire(String prefix, int timers, ServiceNode nodeTwo) throws Exception {
        long before = fired();
        long[] acquisitionsBefore = acquisitions();
        double creationRate = startInstances(PROCESS, timers, i -> prefix + i, i -> inAYear());
        Instant due = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
        int madeDue = jdbc.update("update act_ru_job set duedate_ = ? where process_def_key_ = ?", Timestamp.from(due), PROCESS);
        assertThat(madeDue).isEqualTo(timers);
        Instant giveUp = Instant.now().plus(LEAD).plus(GIVE_UP);
        long residentMegabytes = 0;
        while (fired() < before + timers) {
            assertThat(Instant.now()).as(() -> "%d minuteries déclenchées sur %d".formatted(fired() - before, timers)).isBefore(giveUp);
            residentMegabytes = nodeTwo == null ? 0 : Math.max(residentMegabytes, nodeTwo.residentMegabytes());
            Thread.sleep(250);
        }
        String keys = prefix + "%";
        Map<String, Object> lags = jdbc.queryForMap("""
                select percentile_cont(0.5) within group (order by lag) p50, percentile_cont(0.95) within group (order by lag) p95,
                       min(lag) first, max(lag) last, count(*) fired, count(distinct proc_inst_id_) instances
                from (select a.proc_inst_id_, extract(epoch from a.end_time_ - ?) lag from act_hi_actinst a
                      join act_hi_procinst p on p.proc_inst_id_ = a.proc_inst_id_
                      where a.proc_def_key_ = ? and a.act_id_ = 'Timer' and p.business_key_ like ?) fired""", Timestamp.from(due), PROCESS, keys);
        assertThat(number(lags, "fired")).as("fins d'attente, " + prefix).isEqualTo(timers);
        assertThat(number(lags, "instances")).as("instances dont la minuterie s'est déclenchée, " + prefix).isEqualTo(timers);
        Map<String, Long> byNode = new TreeMap<>();
        jdbc.query("""
                select j.hostname_, count(*) jobs from act_hi_job_log j join act_hi_procinst p on p.proc_inst_id_ = j.process_instance_id_
                where p.business_key_ like ? and j.job_state_ = 2 group by j.hostname_""",
                row -> {
                    byNode.put(row.getString("hostname_"), row.getLong("jobs"));
                }, keys);
        long twice = jdbc.queryForObject("""
                select count(*) from (select j.job_id_ from act_hi_job_log j join act_hi_procinst p on p.proc_inst_id_ = j.process_instance_id_
                                      where p.business_key_ like ? and j.job_state_ = 2 group by j.job_id_ having count(*) > 1) twice""", Long.class, keys);
        long failed = jdbc.queryForObject("""
                select count(*) from act_hi_job_log j join act_hi_procinst p on p.proc_inst_id_ = j.process_instance_id_
                where p.business_key_ like ? and j.job_state_ = 1""", Long.class, keys);
        long[] acquisitions = acquisitions();
        double first = number(lags, "first");
        double last = number(lags, "last");
        return new Firing(creationRate, number(lags, "p50"), number(lags, "p95"), first, last, timers / Math.max(last - first, 1e-3), byNode, twice,
                failed, acquisitions[0] - acquisitionsBefore[0], acquisitions[1] - acquisitionsBefore[1], residentMegabytes);
    }

    /**
     * Node one's job acquisition so far, from the engine's metrics (reported now): jobs it acquired, and jobs it selected
     * but could not lock because another acquisition had locked them first (an optimistic locking conflict).
     */
    private long[] acquisitions() {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbMetricsReporter().reportNow();
        return new long[] {management.createMetricsQuery().name(Metrics.JOB_ACQUIRED_SUCCESS).reporter(NODE_ONE).sum(),
                management.createMetricsQuery().name(Metrics.JOB_ACQUIRED_FAILURE).reporter(NODE_ONE).sum()};
    }

    private static Map<String, Object> inAYear() {
        return Map.of("due", Date.from(Instant.now().plus(Duration.ofDays(365))));
    }

    private long fired() {
        return jdbc.queryForObject("select count(*) from act_hi_actinst where proc_def_key_ = ? and act_id_ = 'Timer' and end_time_ is not null",
                Long.class, PROCESS);
    }

    private String setting(String name) {
        return environment.getProperty("camunda.bpm.job-execution." + name, "default");
    }

    private static double number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue();
    }

    /**
     * One run: lags from the due date (seconds), timers fired per second, successful runs per node, what ran twice or
     * failed, node one's acquisitions.
     */
    private record Firing(double creationRate, double p50, double p95, double first, double last, double perSecond, Map<String, Long> byNode,
            long twice, long failedAttempts, long acquired, long acquisitionsLost, long nodeTwoResidentMegabytes) {
    }
}
