package fr.francetravail.aae.benchmark;

import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Phase 1 of an operation (proposal, draft, partner's acceptance, signature: every step through the API as Tasklist and
 * the applications drive it) against the trivial floor (start → one user task → end, started and completed through
 * {@code /engine-rest}) on the same engine, at 1, 4 and 16 concurrent clients; PostgreSQL's committed transactions
 * ({@code pg_stat_database.xact_commit}) per operation; and what the same PostgreSQL server commits at most (pgbench).
 */
@Order(1)
class ThroughputBenchmarkIT extends BenchmarkIT {

    private static final int[] CLIENTS = {1, 4, 16};
    /** User tasks of phase 1: draft, review, signature. */
    private static final int PHASE_ONE_TASKS = 3;
    private static final int SECONDS = size("throughput.seconds", 15);
    /** The floor and phase 1 take turns, so that a change of the machine's load falls on both alike. */
    private static final int ROUNDS = 3;
    private static final int WARM_UP_SECONDS = size("throughput.warm-up-seconds", 10);
    private static final int PGBENCH_SECONDS = size("pgbench.seconds", 5);
    private static final String MANAGER = "tp-manager";
    private static final String COUNSELLOR = "tp-counsellor";
    private static final String MEDIATOR = "tp-mediator";
    private static final String FLOOR = "tp-floor";
    private static final String FLOOR_PROCESS = "bench-floor";
    private static final Proposal PROPOSAL = Proposal.of("tp-musee", "tp-lens", LocalDate.now().plusMonths(3));

    private final AtomicLong floorKeys = new AtomicLong();
    /** {@code xact_commit} at the end of the last run (see {@link #run}). */
    private long commits;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private IdentityService identity;
    @Autowired
    private AuthorizationService authorizations;

    @Test
    void phaseOneAgainstTheTrivialFloor(BenchmarkReport report) throws Exception {
        scenario(MANAGER).agency(Agency.of("tp-lens", "Lens")).partner(Partner.of("tp-musee", "Musée du benchmark", "55100000000010"))
                .counsellor(COUNSELLOR, "tp-lens").mediator(MEDIATOR, "tp-musee");
        identity.saveGroup(identity.newGroup(FLOOR));
        createUser(FLOOR, FLOOR);
        grant(Resources.PROCESS_DEFINITION, FLOOR_PROCESS, ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        deployUserTaskProcess(FLOOR_PROCESS, FLOOR);
        BenchmarkReport.Section section = report.section("Per-user-task throughput: phase 1 against the trivial floor");
        commits = commits();
        long idleStart = System.nanoTime();
        long idleCommits = commits;
        Thread.sleep(5_000);
        commits = commits();
        double idle = (commits - idleCommits) / ((System.nanoTime() - idleStart) / 1e9);

        run(4, WARM_UP_SECONDS * 1_000L, this::floor);
        run(4, WARM_UP_SECONDS * 1_000L, this::phaseOne);
        List<Run> phaseOne = new ArrayList<>();
        for (int clients : CLIENTS) {
            Run floor = Run.NONE;
            Run phase = Run.NONE;
            for (int round = 0; round < ROUNDS; round++) {
                floor = floor.plus(run(clients, SECONDS * 1_000L / ROUNDS, this::floor));
                phase = phase.plus(run(clients, SECONDS * 1_000L / ROUNDS, this::phaseOne));
            }
            phaseOne.add(phase);
            String at = "%d client%s".formatted(clients, clients == 1 ? "" : "s");
            section.figure("Phase 1, " + at + ": operations/s", phase.perSecond(), "op/s", "floor instances/s", floor.perSecond(), "")
                    .figure("Phase 1, " + at + ": user tasks/s", phase.perSecond() * PHASE_ONE_TASKS, "tasks/s", "floor tasks/s",
                            floor.perSecond(), "")
                    .figure("Phase 1, " + at + ": per-user-task throughput / floor", phase.perSecond() * PHASE_ONE_TASKS / floor.perSecond(),
                            "", null, null, "≥ 0.9")
                    .figure("Phase 1, " + at + ": transactions per operation", phase.transactionsPerOperation(), "tx/op",
                            "floor transactions per instance", floor.transactionsPerOperation(), "≤ 15");
        }
        PostgresCeiling ceiling = PostgresCeiling.prepare(PGBENCH_SECONDS);
        section.figure("Phase 1, 1 client: PostgreSQL commits/s", phaseOne.get(0).commitsPerSecond(), "tx/s",
                        "ceiling, 1 client", ceiling.transactionsPerSecond(1), "")
                .figure("Phase 1, 16 clients: PostgreSQL commits/s", phaseOne.get(2).commitsPerSecond(), "tx/s",
                        "ceiling, 16 clients", ceiling.transactionsPerSecond(16), "")
                .note(("Each level runs the floor and phase 1 for %d s each, in %d turns taken one after the other, after a warm-up "
                        + "of %d s each at 4 clients. An operation of ").formatted(SECONDS, ROUNDS, WARM_UP_SECONDS)
                        + "phase 1 is one proposal (`POST /api/operations`) and three user tasks, each found and completed through "
                        + "`/engine-rest` by its user (counsellor, mediator, manager); a floor instance is one start and one user task "
                        + "through `/engine-rest` by a user of the task's candidate group. Transactions are `pg_stat_database.xact_commit` "
                        + "of the service's database over the run (and the 1.5 s after it that the statistics need), background included: "
                        + "%.1f tx/s when idle, measured before. ".formatted(idle)
                        + "PostgreSQL ceiling: " + ceiling.method() + ", " + PGBENCH_SECONDS + " s per figure, on the same server.");
        section.end();
    }

    private void floor() {
        Http user = as(FLOOR);
        String key = "TP-FLOOR-" + floorKeys.incrementAndGet();
        user.post("/engine-rest/process-definition/key/" + FLOOR_PROCESS + "/start", """
                {"businessKey": "%s"}""".formatted(key)).expect(200);
        user.post("/engine-rest/task/" + singleTask(user, key, "Task") + "/complete", "{}").expect(204);
    }

    private void phaseOne() {
        Http counsellor = as(COUNSELLOR);
        String reference = counsellor.post("/api/operations", PROPOSAL.json()).expect(201).json().path("reference").asText();
        signConvention(reference, counsellor, as(MEDIATOR), as(MANAGER));
    }

    /** Clients repeating the operation until the time is up; an operation that fails fails the benchmark. */
    private Run run(int clients, long millis, Runnable operation) throws Exception {
        Clients.Done done = Clients.untilDeadline(clients, millis, (client, deadline) -> {
            long operations = 0;
            while (System.nanoTime() < deadline) {
                operation.run();
                operations++;
            }
            return operations;
        });
        long before = commits;
        commits = commits();
        return new Run((int) done.count(), done.seconds(), commits - before);
    }

    /** Transactions committed in the service's database so far, once the server's statistics have caught up. */
    private long commits() throws InterruptedException {
        // backends report their counts to the statistics collector at most every 500 ms (PostgreSQL 14)
        Thread.sleep(1_500);
        return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()", Long.class);
    }

    private void grant(Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(FLOOR);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    private record Run(int operations, double seconds, long commits) {

        static final Run NONE = new Run(0, 0, 0);

        Run plus(Run other) {
            return new Run(operations + other.operations, seconds + other.seconds, commits + other.commits);
        }

        double perSecond() {
            return operations / seconds;
        }

        double transactionsPerOperation() {
            return (double) commits / operations;
        }

        double commitsPerSecond() {
            return commits / seconds;
        }
    }
}
