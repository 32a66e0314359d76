package fr.francetravail.aae.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 10 000 timers due at the same instant on one node, fired by the real job executor with the service's settings: time
 * until all fired and the lag of each (when its timer event ended, from the history, minus the due date). The timers are
 * created due in a year, then all made due a few seconds ahead at once (one update of their due date), as reminders
 * created over weeks come due together: the job executor gets no hint of them, it finds them by itself. Reference: the
 * same timers run one after the other in the test's thread ({@code executeJob}, as the integration tests run them).
 */
@Order(2)
class TimerBenchmarkIT extends BenchmarkIT {

    private static final String PROCESS = "bench-timer";
    private static final int TIMERS = size("timers", 10_000);
    private static final int REFERENCE_TIMERS = Math.max(1, TIMERS / 10);
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

    @Test
    void timersDueAtOnceOnOneNode(BenchmarkReport report) throws Exception {
        repository.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent("Timer").timerWithDate("${due}").endEvent().done()).deploy();
        BenchmarkReport.Section section = report.section("Timers: %d due at once on one node".formatted(TIMERS));

        Map<String, Object> inAYear = Map.of("due", Date.from(Instant.now().plus(Duration.ofDays(365))));
        startInstances(PROCESS, REFERENCE_TIMERS, i -> "REF-" + i, i -> inAYear);
        long start = System.nanoTime();
        for (Job job : management.createJobQuery().processDefinitionKey(PROCESS).timers().list()) {
            management.executeJob(job.getId());
        }
        double referenceRate = REFERENCE_TIMERS / ((System.nanoTime() - start) / 1e9);
        assertThat(fired()).isEqualTo(REFERENCE_TIMERS);

        double creationRate = startInstances(PROCESS, TIMERS, i -> "T-" + i, i -> inAYear);
        Instant due = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
        int madeDue = jdbc.update("update act_ru_job set duedate_ = ? where process_def_key_ = ?", Timestamp.from(due), PROCESS);
        assertThat(madeDue).isEqualTo(TIMERS);
        Instant giveUp = Instant.now().plus(LEAD).plus(GIVE_UP);
        while (fired() < REFERENCE_TIMERS + TIMERS) {
            assertThat(Instant.now()).as("%d minuteries déclenchées sur %d", fired() - REFERENCE_TIMERS, TIMERS).isBefore(giveUp);
            Thread.sleep(250);
        }
        Map<String, Object> lags = jdbc.queryForMap("""
                select percentile_cont(0.5) within group (order by lag) p50, percentile_cont(0.95) within group (order by lag) p95,
                       min(lag) first, max(lag) last
                from (select extract(epoch from a.end_time_ - ?) lag from act_hi_actinst a
                      join act_hi_procinst p on p.proc_inst_id_ = a.proc_inst_id_
                      where a.proc_def_key_ = ? and a.act_id_ = 'Timer' and p.business_key_ like 'T-%') fired""", Timestamp.from(due), PROCESS);
        double first = number(lags, "first");
        double last = number(lags, "last");
        section.figure("Time until all fired (last fired minus due date)", last, "s", null, null, "< 120 s (one node)")
                .figure("Lag p50", number(lags, "p50"), "s", null, null, "")
                .figure("Lag p95", number(lags, "p95"), "s", null, null, "")
                .figure("Lag max", last, "s", null, null, "")
                .figure("Lag of the first fired", first, "s", null, null, "within a few seconds")
                .figure("Job executor, timers fired/s (first to last)", TIMERS / Math.max(last - first, 1e-3), "timers/s",
                        "one after the other in the test's thread (executeJob), " + REFERENCE_TIMERS + " timers", referenceRate, "")
                .figure("Instances created with their timer (%d threads, Java API)".formatted(CREATING_THREADS), creationRate, "instances/s", null, null, "")
                .note(("Job executor settings: max-jobs-per-acquisition %s, core-pool-size %s, max-pool-size %s, queue-capacity %s, "
                        + "max-wait %s ms, lock-time %s ms. Two nodes: not measured in this step.").formatted(setting("max-jobs-per-acquisition"),
                        setting("core-pool-size"), setting("max-pool-size"), setting("queue-capacity"), setting("max-wait"),
                        setting("lock-time-in-millis")));
        section.end();
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
}
