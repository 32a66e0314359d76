package fr.francetravail.aae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.francetravail.aae.support.Scenario.Operation;
import fr.francetravail.aae.support.ServiceNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not in the normal build: {@code mvn -B verify -Pcluster}. The two nodes of {@link TwoNodeCluster} under steady work
 * (operations proposed under an {@code Idempotency-Key} and drafted, their partners reminded; one in three signed and paid
 * through AFDAS) while one node, then the other, is killed with SIGKILL every {@code -Dsoak.kill-every} (30 s) and started
 * again at once, for {@code -Dsoak.duration} (3 minutes). Then both nodes run until everything due has happened, and the
 * report ({@code target/cluster/soak-report.md}) counts what was lost and what was done twice: operations acknowledged
 * but missing or created twice, reminders never fired or fired twice, jobs that succeeded twice, mails never sent or
 * received twice (by Message-ID), payments not settled or accepted twice by AFDAS, incidents. The test fails on any loss
 * or double but the mails received twice: the outbox delivers at least once, and a node killed between the SMTP server's
 * acceptance and its own record sends that mail again (under the same Message-ID).
 *
 * <p>Node settings shortened for the soak (so that it settles in minutes): a dead node's mail claims expire after 1 minute
 * and its idempotency claims after 30 s (the least each allows), its external tasks after 20 s. Its jobs keep
 * production's lock time (2 minutes).
 */
@Tag("soak")
class ClusterSoakIT extends TwoNodeCluster {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterSoakIT.class);
    private static final Duration SOAK = Duration.parse(System.getProperty("soak.duration", "PT3M"));
    private static final Duration KILL_EVERY = Duration.parse(System.getProperty("soak.kill-every", "PT30S"));
    private static final int CLIENTS = 2;

    private final List<Operation> drafted = new ArrayList<>();
    private final Map<Operation, String> paid = new ConcurrentHashMap<>();
    private final AtomicInteger answersLost = new AtomicInteger();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    @Override
    protected Map<String, String> nodeSettings() {
        Map<String, String> settings = new LinkedHashMap<>(super.nodeSettings());
        settings.putAll(Map.of("aae.notifications.claim-lease", "PT1M", "aae.external-tasks.lock-duration", "PT20S",
                "aae.idempotency.running-lease", "PT30S"));
        return settings;
    }

    @Test
    void nothingLostNothingDoubledWhileNodesAreKilled() throws Exception {
        Instant end = Instant.now().plus(SOAK);
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS + 1);
        List<String> kills = new ArrayList<>();
        try {
            Future<?> killer = threads.submit(() -> killUntil(end, kills));
            List<Future<?>> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int first = client;
                clients.add(threads.submit(() -> work(first, end)));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            killer.get();
        } finally {
            threads.shutdownNow();
        }
        Instant soakEnded = Instant.now();
        List<Operation> reminded;
        synchronized (drafted) {
            reminded = List.copyOf(drafted);
        }
        // everything due done, or the report of what is not (a loss) before the test fails
        boolean settled = true;
        try {
            await("tout ce qui est dû est fait").atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() ->
                    unsentMails() == 0 && reminded.stream().allMatch(operation -> fired(operation, REMINDER) > 0)
                            && paid.values().stream().allMatch(this::isFinished));
        } catch (ConditionTimeoutException e) {
            settled = false;
        }
        Duration settling = Duration.between(soakEnded, Instant.now());

        Map<String, Long> received = receivedMails();
        List<String> outbox = outboxMessageIds();
        List<String> recorded = jdbc.queryForList("select reference from operation where agency_code = ?", String.class, AGENCY);
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("operations acknowledged (201)", (long) acknowledged.size());
        figures.put("operations recorded, answer lost (409)", (long) answersLost.get());
        figures.put("operations in the database", (long) recorded.size());
        figures.put("LOST operations (acknowledged, not in the database)", acknowledged.stream().filter(reference -> !recorded.contains(reference)).count());
        figures.put("DOUBLED operations (in the database, neither acknowledged nor answered 409)",
                Math.max(0, recorded.stream().filter(reference -> !acknowledged.contains(reference)).count() - answersLost.get()));
        figures.put("reminders due", (long) reminded.size());
        figures.put("LOST reminders (never fired)", reminded.stream().filter(operation -> fired(operation, REMINDER) == 0).count());
        figures.put("DOUBLED reminders (fired twice)", reminded.stream().filter(operation -> fired(operation, REMINDER) > 1).count());
        figures.put("DOUBLED jobs (succeeded twice)", jobsSucceededTwice());
        figures.put("FOREIGN jobs (run by neither node)", jobsByNode().entrySet().stream()
                .filter(host -> !host.getKey().startsWith("node-")).mapToLong(Map.Entry::getValue).sum());
        figures.put("mails in the outbox", (long) outbox.size());
        figures.put("LOST mails (in the outbox, never received)", outbox.stream().filter(id -> !received.containsKey(id)).count());
        figures.put("mails received twice (at least once: a node killed mid-send)", received.values().stream().filter(times -> times > 1).count());
        figures.put("payments", (long) paid.size());
        figures.put("LOST payments (not settled, or never accepted by AFDAS)", paid.entrySet().stream()
                .filter(payment -> !isFinished(payment.getValue()) || afdas.acceptedPayments(payment.getKey().reference()) == 0).count());
        figures.put("DOUBLED payments (accepted twice by AFDAS)", paid.keySet().stream()
                .filter(operation -> afdas.acceptedPayments(operation.reference()) > 1).count());
        figures.put("incidents", jdbc.queryForObject("select count(*) from act_ru_incident", Long.class));
        report(figures, kills, settled ? "everything due done " + settling.toSeconds() + " s after the soak ended"
                : "NOT everything due done " + settling.toSeconds() + " s after the soak ended");
        LOG.info("Travaux réussis par hôte et activité : {}", jdbc.queryForList(
                "select hostname_, act_id_, count(*) from act_hi_job_log where job_state_ = 2 group by 1, 2"));

        figures.forEach((name, value) -> {
            if (name.startsWith("LOST") || name.startsWith("DOUBLED") || name.startsWith("FOREIGN") || name.equals("incidents")) {
                assertThat(value).as(name).isZero();
            }
        });
        assertThat(settled).as("tout ce qui est dû fait dans les %s après l'endurance", PATIENCE).isTrue();
        assertThat(kills).as("nœuds tués").isNotEmpty();
        assertThat(acknowledged).as("opérations proposées").isNotEmpty();
    }

    /**
     * Kills a node every KILL_EVERY, the other one the next time, and starts it again at once; a node is killed only once
     * the one killed before is back (ready), so that one node always serves.
     */
    private void killUntil(Instant end, List<String> kills) {
        Instant next = Instant.now().plus(KILL_EVERY);
        for (int victim = 0; next.isBefore(end); victim++, next = next.plus(KILL_EVERY)) {
            pause(Duration.between(Instant.now(), next).isNegative() ? Duration.ZERO : Duration.between(Instant.now(), next));
            ServiceNode node = nodes.get(victim % nodes.size());
            node.kill();
            kills.add(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + node.name());
            LOG.info("{} tué (SIGKILL), redémarré", node.name());
            node.start().awaitReady();
        }
    }

    /** Proposes and drafts operations, one in three also signed and paid, until the end of the soak. */
    private void work(int client, Instant end) {
        for (int i = 0; Instant.now().isBefore(end); i++) {
            int node = (client + i) % nodes.size();
            Optional<Operation> proposed = propose(node);
            if (proposed.isEmpty()) {
                answersLost.incrementAndGet();
                continue;
            }
            Operation operation = proposed.get();
            acknowledged.add(operation.reference());
            if (i % 3 == 2) {
                paid.put(operation, validatedPayment(node, operation));
                settle(node, operation);
            } else {
                draft(node, operation);
                synchronized (drafted) {
                    drafted.add(operation);
                }
            }
        }
    }

    private void report(Map<String, Long> figures, List<String> kills, String settling) throws IOException {
        StringBuilder markdown = new StringBuilder("# Cluster soak: two nodes, one killed (SIGKILL) every ").append(KILL_EVERY.toSeconds())
                .append(" s\n\n").append("Soak ").append(SOAK.toSeconds()).append(" s, ").append(CLIENTS).append(" clients; ")
                .append(settling).append(". Jobs succeeded per node: ").append(jobsByNode())
                .append(". Resident memory of the nodes then (-Xmx384m): ").append(nodes.stream()
                        .map(node -> node.name() + " " + node.residentMegabytes() + " MB").collect(Collectors.joining(", "))).append(".\n\n")
                .append("| Count | |\n|---|---:|\n");
        figures.forEach((name, value) -> markdown.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        markdown.append("\nKills: ").append(String.join(", ", kills)).append(".\n");
        Path file = Path.of("target", "cluster", "soak-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        LOG.info("Rapport d'endurance {} :\n{}", file, markdown);
    }
}
