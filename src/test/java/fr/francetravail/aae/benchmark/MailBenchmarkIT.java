package fr.francetravail.aae.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.ServiceNode;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * 10 000 mails through the outbox to the SMTP server of the test JVM (GreenMail), all due at the same instant, delivered
 * by the service's dispatchers with the service's settings, first by node one alone, then by node one and node two
 * together: drain time (due date to the last mail received), mails per second, and every mail received exactly once
 * (counted by Message-ID). The mails are written straight into the outbox due in a year, then all made due a few seconds
 * ahead at once (one update), as a batch of reminders comes due: the dispatchers find them by themselves. A smaller batch
 * drained first, not measured, warms the nodes up (node two has just started). Reference: the same SMTP server fed
 * directly by the service's JavaMail sender, one mail per connection as the dispatcher sends them, from one thread, from
 * as many threads as one node has senders and from as many as two nodes have: the SMTP floor. Both nodes share the
 * machine's cores with PostgreSQL, the SMTP server and the test: a second node adds senders, not processors.
 */
@Order(5)
class MailBenchmarkIT extends BenchmarkIT {

    private static final int MAILS = size("mails", 10_000);
    /** Mails drained before each measured run, so that both nodes run warm (node two has just started). */
    private static final int WARM_UP = size("mails.warm-up", 1_000);
    private static final int FLOOR_SECONDS = size("mails.floor-seconds", 5);
    private static final int RECIPIENTS = 100;
    private static final Duration LEAD = Duration.ofSeconds(5);
    private static final Duration GIVE_UP = Duration.ofMinutes(15);
    /** The client's greeting in GreenMail's {@code Received} header: which node sent the mail. */
    private static final Pattern HELO = Pattern.compile("\\(HELO ([^)]+)\\)");
    private static final String SUBJECT = "Rappel : atelier « L'Art d'accéder à l'emploi » demain";
    private static final String BODY = """
            Bonjour Léa Martin,

            Nous vous rappelons l'atelier n° 3 de « L'Art d'accéder à l'emploi », demain jeudi 12 mars 2026 de 9 h 30 à 12 h. \
            Lieu : Musée du benchmark, salle des ateliers, 12 rue des Arts, 62300 Lens.
            En cas d'empêchement, prévenez votre conseiller(ère) France Travail.

            Opération HDF-2026-0042.
            France Travail
            """;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private JavaMailSender mail;
    @Autowired
    private Environment environment;

    private final AtomicLong floorMails = new AtomicLong();

    @Test
    void mailsDueAtOnceOnOneNodeThenTwo(BenchmarkReport report) throws Exception {
        BenchmarkReport.Section section = report.section("Mails: %d through the outbox, on one node and on two".formatted(MAILS));
        int senders = environment.getRequiredProperty("aae.notifications.senders", Integer.class);
        double floorOne = floor(1);
        double floorNode = floor(senders);
        double floorTwoNodes = floor(2 * senders);

        drain("un nœud, mise en route", WARM_UP, null);
        Drain one = drain("un nœud", MAILS, null);
        ServiceNode nodeTwo = secondNode();
        drain("deux nœuds, mise en route", WARM_UP, nodeTwo);
        Drain two = drain("deux nœuds", MAILS, nodeTwo);

        String floorOfNode = "SMTP floor, %d threads (one node's senders)".formatted(senders);
        String floorOfTwo = "SMTP floor, %d threads (two nodes' senders)".formatted(2 * senders);
        section.figure("SMTP floor: JavaMail straight to the server, 1 thread", floorOne, "mails/s", null, null, "")
                .figure("One node: drain time (due date → last mail received)", one.seconds(), "s", null, null, "< 120 s")
                .figure("One node: first mail received after the due date", one.firstLag(), "s", null, null, "")
                .figure("One node: mails/s (first to last received)", one.perSecond(), "mails/s", floorOfNode, floorNode, "")
                .figure("One node: mails received twice (by Message-ID)", (double) one.duplicates(), "", null, null, "0")
                .figure("Two nodes: drain time (due date → last mail received)", two.seconds(), "s", "one node", one.seconds(), "< 120 s")
                .figure("Two nodes: first mail received after the due date", two.firstLag(), "s", "one node", one.firstLag(), "")
                .figure("Two nodes: mails/s (first to last received)", two.perSecond(), "mails/s", floorOfTwo, floorTwoNodes, "")
                .figure("Two nodes: mails received twice (by Message-ID)", (double) two.duplicates(), "", null, null, "0");
        for (Map.Entry<String, Long> node : two.byNode().entrySet()) {
            section.figure("Two nodes: mails sent by " + node.getKey(), (double) node.getValue(), "mails", null, null, "");
        }
        nodeTwoMemory(section, "draining", two.nodeTwoResidentMegabytes());
        section.note(("Dispatcher settings, on each node: dispatch-interval %s (an idle node looks for due mails this often), senders %d, "
                        + "claim-size %s, claim-lease %s, rate-limit %s. One mail per SMTP connection, as the service sends them; the "
                        + "SMTP floor sends the same message (from, recipient, subject, %d-character body) with the service's JavaMail "
                        + "sender for %d s per figure. The outbox's mails are written into the table due in a year, then made due %d s "
                        + "ahead in one update; a run ends when the SMTP server has received them all and the outbox marks them all "
                        + "SENT; each run is preceded by one of %d mails, not measured, that warms the nodes up. Mails sent more than once: 0 asserted, by Message-ID; retried after a failed attempt: %d (one node), "
                        + "%d (two nodes). Both nodes share the machine's cores with PostgreSQL, the SMTP server and the test: a second "
                        + "node adds senders, not processors.").formatted(
                        environment.getProperty("aae.notifications.dispatch-interval"), senders,
                        environment.getProperty("aae.notifications.claim-size"), environment.getProperty("aae.notifications.claim-lease"),
                        environment.getProperty("aae.notifications.rate-limit.mails") == null ? "none" : "set", BODY.length(), FLOOR_SECONDS,
                        LEAD.toSeconds(), WARM_UP, one.retried(), two.retried()));
        section.end();

        assertThat(one.missing()).as("courriels jamais reçus, un nœud").isZero();
        assertThat(one.duplicates()).as("courriels reçus deux fois, un nœud").isZero();
        assertThat(two.missing()).as("courriels jamais reçus, deux nœuds").isZero();
        assertThat(two.duplicates()).as("courriels reçus deux fois, deux nœuds").isZero();
        assertThat(two.byNode()).as("courriels par nœud").containsOnlyKeys(NODE_ONE, NODE_TWO);
    }

    /** Mails per second that this many threads get the SMTP server to take, sending straight through JavaMail. */
    private double floor(int threads) throws Exception {
        double perSecond = Clients.untilDeadline(threads, FLOOR_SECONDS * 1_000L, (client, deadline) -> {
            long sent = 0;
            while (System.nanoTime() < deadline) {
                long n = floorMails.incrementAndGet();
                mail.send(message -> {
                    MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                    helper.setFrom(environment.getRequiredProperty("aae.notifications.from"));
                    helper.setTo(recipient(n));
                    helper.setSubject(SUBJECT);
                    helper.setText(BODY);
                });
                sent++;
            }
            return sent;
        }).perSecond();
        smtp.purgeEmailFromAllMailboxes();
        return perSecond;
    }

    /**
     * Writes this many mails into the outbox, makes them due at once, waits until the SMTP server has them all and the
     * outbox marks them sent; node two's resident memory is sampled meanwhile (if it runs).
     */
    private Drain drain(String run, int mails, ServiceNode nodeTwo) throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        String subject = SUBJECT + " (" + run + ")";
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp inAYear = Timestamp.from(Instant.now().plus(Duration.ofDays(365)));
        jdbc.batchUpdate("insert into notification (recipient, subject, body, status, created_at, next_attempt_at) values (?, ?, ?, 'PENDING', ?, ?)",
                IntStream.range(0, mails).mapToObj(i -> new Object[] {recipient(i), subject, BODY, now, inAYear}).toList());
        Instant due = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
        assertThat(jdbc.update("update notification set next_attempt_at = ? where subject = ?", Timestamp.from(due), subject)).isEqualTo(mails);

        Instant giveUp = due.plus(GIVE_UP);
        long residentMegabytes = 0;
        Instant first = null;
        Instant last = null;
        while (last == null) {
            assertThat(Instant.now()).as(() -> "courriels reçus : %d sur %d (%s)".formatted(smtp.getReceivedMessages().length, mails, run))
                    .isBefore(giveUp);
            if (first == null && smtp.waitForIncomingEmail(250, 1)) {
                first = Instant.now();
            }
            if (first != null && smtp.waitForIncomingEmail(1_000, mails)) {
                last = Instant.now();
            }
            residentMegabytes = nodeTwo == null ? 0 : Math.max(residentMegabytes, nodeTwo.residentMegabytes());
        }
        while (jdbc.queryForObject("select count(*) from notification where subject = ? and status <> 'SENT'", Long.class, subject) > 0) {
            assertThat(Instant.now()).as("courriels pas encore marqués envoyés (%s)", run).isBefore(giveUp);
            Thread.sleep(250);
        }

        Map<String, Long> received = new HashMap<>();
        Map<String, Long> byNode = new TreeMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getMessageID(), 1L, Long::sum);
            Matcher helo = HELO.matcher(String.join(" ", message.getHeader("Received")));
            byNode.merge(helo.find() ? helo.group(1) : "inconnu", 1L, Long::sum);
        }
        List<Long> times = jdbc.query("select id, created_at from notification where subject = ?", (row, number) -> received.getOrDefault(
                messageId(row.getLong("id"), row.getTimestamp("created_at").toInstant()), 0L), subject);
        long retried = jdbc.queryForObject("select count(*) from notification where subject = ? and attempts > 1", Long.class, subject);
        smtp.purgeEmailFromAllMailboxes();
        return new Drain(Duration.between(due, last).toMillis() / 1e3, Duration.between(due, first).toMillis() / 1e3,
                mails / Math.max(Duration.between(first, last).toMillis() / 1e3, 1e-3), times.stream().filter(n -> n == 0).count(),
                times.stream().mapToLong(n -> Math.max(0, n - 1)).sum(), byNode, retried, residentMegabytes);
    }

    private static String recipient(long n) {
        return "participant-" + n % RECIPIENTS + "@mail-bench.example";
    }

    /** One run: seconds from the due date to the last mail received and to the first, mails per second in between. */
    private record Drain(double seconds, double firstLag, double perSecond, long missing, long duplicates, Map<String, Long> byNode, long retried,
            long nodeTwoResidentMegabytes) {
    }
}
