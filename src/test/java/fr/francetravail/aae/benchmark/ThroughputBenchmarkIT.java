package fr.francetravail.aae.benchmark;

import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Journey;
import fr.francetravail.aae.support.Journey.Cohort;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Phase 1 of an operation (proposal, draft, partner's acceptance, signature: every step through the API as Tasklist and
 * the applications drive it), then a whole operation (its {@link Journey} from the proposal to the closure, 10
 * participants), each against the trivial floor (start → one user task → end, started and completed through
 * {@code /engine-rest}) measured in turns with it on the same engine, at 1, 4 and 16 concurrent clients; PostgreSQL's
 * committed transactions ({@code pg_stat_database.xact_commit}) per operation; and what the same PostgreSQL server
 * commits at most (pgbench).
 */
@Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThroughputBenchmarkIT extends BenchmarkIT {

    private static final int[] CLIENTS = {1, 4, 16};
    /** User tasks of phase 1: draft, review, signature. */
    private static final int PHASE_ONE_TASKS = 3;
    private static final int SECONDS = size("throughput.seconds", 15);
    private static final int WHOLE_OPERATION_SECONDS = size("whole-operation.seconds", 60);
    /** The floor and the operation take turns, so that a change of the machine's load falls on both alike. */
    private static final int ROUNDS = size("throughput.rounds", 3);
    private static final int WARM_UP_SECONDS = size("throughput.warm-up-seconds", 10);
    private static final int PGBENCH_SECONDS = size("pgbench.seconds", 5);
    private static final String MANAGER = "tp-manager";
    private static final String COUNSELLOR = "tp-counsellor";
    private static final String MEDIATOR = "tp-mediator";
    private static final String FLOOR = "tp-floor";
    private static final String FLOOR_PROCESS = "bench-floor";
    private static final Proposal PROPOSAL = Proposal.of("tp-musee", "tp-lens", LocalDate.now().plusMonths(3));

    private final AtomicLong floorKeys = new AtomicLong();
    private final AtomicLong wholeOperations = new AtomicLong();
    private final AtomicLong timersFired = new AtomicLong();
    /** {@code xact_commit} at the end of the last run (see {@link #run}). */
    private long commits;
    private Scenario scenario;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private IdentityService identity;
    @Autowired
    private AuthorizationService authorizations;

    @BeforeAll
    void peopleAndTheFloor() {
        scenario = scenario(MANAGER).agency(Agency.of("tp-lens", "Lens")).partner(Partner.of("tp-musee", "Musée du benchmark", "55100000000010"))
                .counsellor(COUNSELLOR, "tp-lens").mediator(MEDIATOR, "tp-musee");
        identity.saveGroup(identity.newGroup(FLOOR));
        createUser(FLOOR, FLOOR);
        grant(Resources.PROCESS_DEFINITION, FLOOR_PROCESS, ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        deployUserTaskProcess(FLOOR_PROCESS, FLOOR);
    }

    @Test
    @Order(1)
    void phaseOneAgainstTheTrivialFloor(BenchmarkReport report) throws Exception {
        BenchmarkReport.Section section = report.section("Per-user-task throughput: phase 1 against the trivial floor");
        double idle = idleCommitsPerSecond();
        run(4, WARM_UP_SECONDS * 1_000L, this::floor);
        run(4, WARM_UP_SECONDS * 1_000L, this::phaseOne);
        List<Run> phaseOne = new ArrayList<>();
        for (int clients : CLIENTS) {
            Level level = level(clients, SECONDS, this::phaseOne);
            phaseOne.add(level.operation());
            String at = at(clients);
            section.figure("Phase 1, " + at + ": operations/s", level.operation().perSecond(), "op/s", "floor instances/s",
                            level.floor().perSecond(), "")
                    .figure("Phase 1, " + at + ": user tasks/s", level.operation().tasksPerSecond(), "tasks/s", "floor tasks/s",
                            level.floor().tasksPerSecond(), "")
                    .figure("Phase 1, " + at + ": per-user-task throughput / floor", level.ratio(), "", null, null, "≥ 0.9")
                    .figure("Phase 1, " + at + ": transactions per operation", level.operation().transactionsPerOperation(), "tx/op",
                            "floor transactions per instance", level.floor().transactionsPerOperation(), "≤ 15");
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

    @Test
    @Order(2)
    void wholeOperationAgainstTheTrivialFloor(BenchmarkReport report) throws Exception {
        BenchmarkReport.Section section = report.section("Whole operation (10 participants, every task and timer) against the trivial floor");
        double idle = idleCommitsPerSecond();
        run(4, WARM_UP_SECONDS * 1_000L, this::floor);
        run(4, WARM_UP_SECONDS * 1_000L, this::wholeOperation);
        Run all = Run.NONE;
        long retriesBefore = retriesBroughtForward();
        for (int clients : CLIENTS) {
            Level level = level(clients, WHOLE_OPERATION_SECONDS, this::wholeOperation);
            all = all.plus(level.operation());
            String at = at(clients);
            section.figure("Whole operation, " + at + ": operations/s", level.operation().perSecond(), "op/s", "floor instances/s",
                            level.floor().perSecond(), "")
                    .figure("Whole operation, " + at + ": user tasks/s", level.operation().tasksPerSecond(), "tasks/s", "floor tasks/s",
                            level.floor().tasksPerSecond(), "")
                    .figure("Whole operation, " + at + ": per-user-task throughput / floor", level.ratio(), "", null, null, "≥ 0.9")
                    .figure("Whole operation, " + at + ": transactions per operation", level.operation().transactionsPerOperation(),
                            "tx/op", "floor transactions per instance", level.floor().transactionsPerOperation(), "")
                    .note("%s: %d operations in %.1f s, %d floor instances in %.1f s; load after: `%s`.".formatted(at,
                            level.operation().operations(), level.operation().seconds(), level.floor().operations(),
                            level.floor().seconds(), BenchmarkReport.load()));
        }
        section.figure("Whole operation: user tasks per operation", (double) all.tasks() / all.operations(), "tasks/op", null, null, "")
                .figure("Whole operation: timers fired per operation", (double) timersFired.get() / wholeOperations.get(), "timers/op", null,
                        null, "")
                .figure("Whole operation: the benchmark's own looks per operation (not counted above)", (double) all.looks() / all.operations(),
                        "tx/op", null, null, "")
                .figure("Whole operation: failed jobs retried at once per operation", (double) (retriesBroughtForward() - retriesBefore)
                        / all.operations(), "jobs/op", null, null, "")
                .note(("Each level runs the floor and whole operations for %d s each, in %d turns taken one after the other (an "
                        + "operation under way when a turn ends is finished and counted, the turn lasting until then), after a warm-up "
                        + "of %d s each at 4 clients. ").formatted(WHOLE_OPERATION_SECONDS, ROUNDS, WARM_UP_SECONDS)
                        + "A whole operation is the Journey of OperationLifecycleIT, from `POST /api/operations` to the status CLOSED "
                        + "(checked): phase 1, 10 candidates who accept, " + PROPOSAL.workshops().size() + " workshops with everyone "
                        + "present, two employers, the meeting's results, a survey recorded by the counsellor, the bilan and the staff's "
                        + "surveys, the three checkpoints of 10 follow-ups (8 situations from the status service stub, 2 qualified by the "
                        + "counsellor), the payment validated, sent to the AFDAS stub and settled by its signed callback. Every user task "
                        + "is found and completed through `/engine-rest` by its user (counsellor, mediator, manager); every timer the "
                        + "operation waits on (workshops' eve and end, employer meeting's reminder and end, survey reminder and close, "
                        + "each follow-up's checkpoints) is fired by the client with `managementService.executeJob`, its due date not "
                        + "awaited; the asynchronous steps run on the job executor, as in production, the client waiting for them (a job that "
                        + "failed is retried by the client at once rather than after its retry delay, and counted above); the "
                        + "external tasks (status lookups, AFDAS request) are worked by the service's worker, run by the client when it "
                        + "needs it (its polling is off). Not taken: the participants' own survey answers (their links come by mail), "
                        + "the deadline and escalation timers (cancelled by the answers). Transactions are `pg_stat_database.xact_commit` "
                        + "of the service's database over the run: the timers fired, the job executor's and the worker's work, the "
                        + "outbox sending the operation's mails, the driver's lookups of the operation's process instances (as an "
                        + "administrator through `/engine-rest`, 4 per operation) and the service's background (%.1f tx/s when idle, "
                        .formatted(idle)
                        + "measured before) included; the benchmark's own looks at the operation's due jobs and external tasks (one "
                        + "query each, counted) subtracted.");
        section.end();
    }

    private int floor() {
        Http user = as(FLOOR);
        String key = "TP-FLOOR-" + floorKeys.incrementAndGet();
        user.post("/engine-rest/process-definition/key/" + FLOOR_PROCESS + "/start", """
                {"businessKey": "%s"}""".formatted(key)).expect(200);
        user.post("/engine-rest/task/" + singleTask(user, key, "Task") + "/complete", "{}").expect(204);
        return 1;
    }

    private int phaseOne() {
        Http counsellor = as(COUNSELLOR);
        String reference = counsellor.post("/api/operations", PROPOSAL.json()).expect(201).json().path("reference").asText();
        signConvention(reference, counsellor, as(MEDIATOR), as(MANAGER));
        return PHASE_ONE_TASKS;
    }

    /** One operation from its proposal to its closure ({@link Journey}), its cohort of job seekers its own. */
    private int wholeOperation() {
        long number = wholeOperations.incrementAndGet();
        Journey journey = scenario.journey(PROPOSAL, new Cohort("%05d".formatted(10_000 + number), "Banc", "banc" + number + "-"),
                COUNSELLOR, MEDIATOR, MANAGER);
        journey.signConvention().buildCohort(1, 10).candidatesAccept().validateCohort();
        for (int workshop = 0; workshop < PROPOSAL.workshops().size(); workshop++) {
            journey.workshop();
        }
        journey.registerEmployers().employerMeeting().recordMeetingResults().recordSurvey(7).bilanAndStaffSurveys().surveyReminder()
                .surveysClose().situationsKnown();
        for (int checkpoint = 0; checkpoint < 3; checkpoint++) {
            journey.checkpoint().lookUpSituations();
            journey.qualifySituations();
        }
        journey.validatePayment().submitPayment();
        journey.afdasSettles();
        if (!journey.status().equals("CLOSED")) {
            throw new IllegalStateException("l'opération " + journey.reference() + " n'est pas close : " + journey.status());
        }
        timersFired.addAndGet(journey.firedTimers());
        return journey.completedTasks();
    }

    /** The floor and the operation at this many clients, each for {@code seconds} in {@link #ROUNDS} turns taken one after the other. */
    private Level level(int clients, int seconds, IntSupplier operation) throws Exception {
        Run floor = Run.NONE;
        Run measured = Run.NONE;
        for (int round = 0; round < ROUNDS; round++) {
            floor = floor.plus(run(clients, seconds * 1_000L / ROUNDS, this::floor));
            measured = measured.plus(run(clients, seconds * 1_000L / ROUNDS, operation));
        }
        return new Level(floor, measured);
    }

    /**
     * Clients repeating the operation (which answers how many user tasks it completed) until the time is up; an operation
     * that fails fails the benchmark.
     */
    private Run run(int clients, long millis, IntSupplier operation) throws Exception {
        AtomicLong tasks = new AtomicLong();
        long looksBefore = looks();
        Clients.Done done = Clients.untilDeadline(clients, millis, (client, deadline) -> {
            long operations = 0;
            while (System.nanoTime() < deadline) {
                tasks.addAndGet(operation.getAsInt());
                operations++;
            }
            return operations;
        });
        long looks = looks() - looksBefore;
        long before = commits;
        commits = commits();
        return new Run((int) done.count(), tasks.get(), done.seconds(), commits - before - looks, looks);
    }

    /** The service's database's commits per second while nothing is driven (5 s). */
    private double idleCommitsPerSecond() throws InterruptedException {
        commits = commits();
        long start = System.nanoTime();
        long before = commits;
        Thread.sleep(5_000);
        commits = commits();
        return (commits - before) / ((System.nanoTime() - start) / 1e9);
    }

    private static String at(int clients) {
        return "%d client%s".formatted(clients, clients == 1 ? "" : "s");
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

    /**
     * Operations done, the user tasks they completed, over how long, the transactions they committed (the benchmark's own
     * looks at their background work subtracted) and those looks.
     */
    private record Run(int operations, long tasks, double seconds, long commits, long looks) {

        static final Run NONE = new Run(0, 0, 0, 0, 0);

        Run plus(Run other) {
            return new Run(operations + other.operations, tasks + other.tasks, seconds + other.seconds, commits + other.commits,
                    looks + other.looks);
        }

        double perSecond() {
            return operations / seconds;
        }

        double tasksPerSecond() {
            return tasks / seconds;
        }

        double transactionsPerOperation() {
            return (double) commits / operations;
        }

        double commitsPerSecond() {
            return commits / seconds;
        }
    }

    /** The floor and the operation measured in turns at one level of clients. */
    private record Level(Run floor, Run operation) {

        /** The operation's user tasks per second over the floor's. */
        double ratio() {
            return operation.tasksPerSecond() / floor.tasksPerSecond();
        }
    }
}
