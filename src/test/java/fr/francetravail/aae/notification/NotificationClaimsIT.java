package fr.francetravail.aae.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.support.ServiceIT;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on a cluster: nodes are dispatchers with node ids of their own on the one database and SMTP server
 * (GreenMail). Each message is claimed by one node, a dead node's claims are taken over once their lease has passed, and a
 * stopping node hands back what it has not sent.
 */
class NotificationClaimsIT extends ServiceIT {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationClaimsIT.class);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    private NotificationRepository notifications;
    @Autowired
    private MailDelivery smtpDelivery;
    @Autowired
    private NotificationSettings settings;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private Clock clock;
    @Autowired
    private NotificationDispatcher serviceNode;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<NotificationDispatcher> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (NotificationDispatcher node : nodes) {
            node.stop();
        }
    }

    @Test
    void twoNodesSendEveryMessageExactlyOnce() throws Exception {
        Instant now = Instant.now();
        List<String> recipients = IntStream.range(0, 200).mapToObj(i -> "cluster-" + run + "-" + i + "@aae.example").toList();
        List<Long> ids = recipients.stream().map(recipient -> queue(recipient, now)).toList();
        // neither node may send everything before the other starts: each one's first mail waits for the other's
        CountDownLatch bothSending = new CountDownLatch(2);
        NotificationDispatcher nodeA = node("node-a", firstWaitingFor(bothSending));
        NotificationDispatcher nodeB = node("node-b", firstWaitingFor(bothSending));

        long start = System.nanoTime();
        CompletableFuture<Integer> sentByA = CompletableFuture.supplyAsync(() -> nodeA.dispatchDueAt(now));
        CompletableFuture<Integer> sentByB = CompletableFuture.supplyAsync(() -> nodeB.dispatchDueAt(now));
        int total = sentByA.get() + sentByB.get();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        Map<String, Long> received = receivedBy(recipients);
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(received.values()).as("mails par destinataire").containsOnly(1L);
        assertThat(sentByA.get()).as("envoyés par node-a").isPositive();
        assertThat(sentByB.get()).as("envoyés par node-b").isPositive();
        assertThat(notifications.findAllById(ids)).extracting(Notification::getStatus).containsOnly(NotificationStatus.SENT);
        LOG.info("Boîte d'envoi, 2 nœuds de {} expéditeurs : {} messages envoyés ({} par node-a, {} par node-b) en {} ms, {} par seconde",
                settings.senders(), total, sentByA.get(), sentByB.get(), millis, total * 1000L / Math.max(1, millis));
    }

    @Test
    void aLiveClaimIsLeftToItsNodeAndAnExpiredOneTakenOver() throws Exception {
        Instant now = drainedOutbox();
        String recipient = "lease-" + run + "@aae.example";
        long id = queue(recipient, now);
        NotificationDispatcher dead = node("node-dead", smtpDelivery);
        NotificationDispatcher alive = node("node-alive", smtpDelivery);

        assertThat(dead.claim(now)).containsExactly(id);
        // the node dies here, without sending: its lease runs on
        Instant leaseEnd = now.plus(settings.claimLease());
        assertThat(alive.dispatchDueAt(leaseEnd.minusSeconds(1))).as("réservation en cours").isZero();
        assertThat(receivedBy(List.of(recipient))).isEmpty();

        assertThat(alive.dispatchDueAt(leaseEnd.plusSeconds(1))).as("réservation expirée").isEqualTo(1);
        assertThat(receivedBy(List.of(recipient))).containsExactly(Map.entry(recipient, 1L));

        // back to life, the first node finds its claim gone and sends nothing
        assertThat(dead.deliver(id, now.plusSeconds(1))).isFalse();
        assertThat(receivedBy(List.of(recipient))).containsExactly(Map.entry(recipient, 1L));
        assertThat(notifications.findById(id).orElseThrow().getSentAt()).isEqualTo(leaseEnd.plusSeconds(1));
    }

    @Test
    void aNodeWhoseLeaseRanOutWhileSendingDoesNotRecordItsResult() {
        Instant now = drainedOutbox();
        String recipient = "slow-" + run + "@aae.example";
        long id = queue(recipient, now);
        NotificationDispatcher taker = node("node-taker", smtpDelivery);
        Instant leaseEnd = now.plus(settings.claimLease());
        // a send that outlasts the lease (only if the lease is set shorter than the SMTP time-outs): meanwhile the message
        // is taken over and sent by another node
        NotificationDispatcher slow = node("node-slow", notification -> {
            taker.dispatchDueAt(leaseEnd.plusSeconds(1));
            smtpDelivery.deliver(notification);
        });

        assertThat(slow.claim(now)).containsExactly(id);
        assertThat(slow.deliver(id, now.plusSeconds(1))).isFalse();

        Notification message = notifications.findById(id).orElseThrow();
        assertThat(message.getSentAt()).as("l'envoi enregistré est celui du nœud qui a repris le message").isEqualTo(leaseEnd.plusSeconds(1));
        assertThat(message.getAttempts()).isEqualTo(1);
        assertThat(receivedBy(List.of(recipient))).as("le cas, documenté, où un message part deux fois").containsExactly(Map.entry(recipient, 2L));
    }

    @Test
    void aStoppingNodeFinishesItsSendAndReleasesTheRest() throws Exception {
        Instant now = drainedOutbox();
        List<String> recipients = IntStream.range(0, 3).mapToObj(i -> "stop-" + run + "-" + i + "@aae.example").toList();
        recipients.forEach(recipient -> queue(recipient, now));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        // one sender, which claims the three messages at once
        NotificationSettings oneSender = new NotificationSettings(settings.from(), settings.retryDelay(), settings.maxAttempts(),
                settings.dispatchInterval(), 1, settings.claimSize(), settings.claimLease(), null);
        NotificationDispatcher stopping = new NotificationDispatcher(notifications, notification -> {
            sending.countDown();
            await(mayFinish);
            smtpDelivery.deliver(notification);
        }, oneSender, transaction, clock, "node-stopping");
        nodes.add(stopping);

        CompletableFuture<Integer> sent = CompletableFuture.supplyAsync(() -> stopping.dispatchDueAt(now));
        sending.await();
        stopping.stopClaiming();
        mayFinish.countDown();
        stopping.stop();

        assertThat(sent.get()).as("le message en cours d'envoi part").isEqualTo(1);
        assertThat(receivedBy(recipients)).containsExactly(Map.entry(recipients.get(0), 1L));
        assertThat(node("node-other", smtpDelivery).dispatchDueAt(now)).as("les autres, rendus, repartent aussitôt d'un autre nœud").isEqualTo(2);
        assertThat(receivedBy(recipients)).containsOnlyKeys(recipients).containsOnly(
                Map.entry(recipients.get(0), 1L), Map.entry(recipients.get(1), 1L), Map.entry(recipients.get(2), 1L));
    }

    @Test
    void theRateLimitHoldsMailsBackUntilTheNodeStops() throws Exception {
        Instant now = drainedOutbox();
        List<String> recipients = IntStream.range(0, 5).mapToObj(i -> "quota-" + run + "-" + i + "@aae.example").toList();
        recipients.forEach(recipient -> queue(recipient, now));
        CountDownLatch threeSent = new CountDownLatch(3);
        // 3 mails a day: the fourth waits for a token hours away, until the node stops
        NotificationSettings threeADay = new NotificationSettings(settings.from(), settings.retryDelay(), settings.maxAttempts(),
                settings.dispatchInterval(), settings.senders(), settings.claimSize(), settings.claimLease(),
                new NotificationSettings.RateLimit(3, Duration.ofDays(1)));
        NotificationDispatcher limited = new NotificationDispatcher(notifications, notification -> {
            smtpDelivery.deliver(notification);
            threeSent.countDown();
        }, threeADay, transaction, clock, "node-limited");
        nodes.add(limited);

        CompletableFuture<Integer> sent = CompletableFuture.supplyAsync(() -> limited.dispatchDueAt(now));
        threeSent.await();
        limited.stop();

        assertThat(sent.get()).isEqualTo(3);
        assertThat(receivedBy(recipients)).hasSize(3);
        assertThat(node("node-unlimited", smtpDelivery).dispatchDueAt(now)).as("les deux retenus, rendus à l'arrêt").isEqualTo(2);
        assertThat(receivedBy(recipients)).containsOnlyKeys(recipients).values().containsOnly(1L);
    }

    /**
     * What other tests left due goes out first (failures are retried a year later): then only this test's messages are
     * due. Returns now, to the millisecond (the database keeps microseconds).
     */
    private Instant drainedOutbox() {
        serviceNode.dispatchDueAt(Instant.now().plus(Duration.ofDays(365)));
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private NotificationDispatcher node(String id, MailDelivery delivery) {
        NotificationDispatcher node = new NotificationDispatcher(notifications, delivery, settings, transaction, clock, id);
        nodes.add(node);
        return node;
    }

    private long queue(String recipient, Instant now) {
        return notifications.save(new Notification(null, recipient, "Test de la boîte d'envoi", "Bonjour.", null, now)).getId();
    }

    /**
     * SMTP delivery whose first mail waits until every node's first mail has started (30 s at most: a node that never
     * starts fails the test rather than hanging it).
     */
    private MailDelivery firstWaitingFor(CountDownLatch allStarted) {
        AtomicBoolean first = new AtomicBoolean(true);
        return notification -> {
            if (first.compareAndSet(true, false)) {
                allStarted.countDown();
                await(allStarted);
            }
            smtpDelivery.deliver(notification);
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many mails the server received for each of these recipients (absent: none). */
    private static Map<String, Long> receivedBy(List<String> recipients) {
        try {
            return recipients(Arrays.asList(smtp.getReceivedMessages())).stream().filter(recipients::contains)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
