package fr.francetravail.aae.notification;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox, on every node of a cluster at once. Every {@code aae.notifications.dispatch-interval}, while
 * messages are due, {@code senders} threads each <em>claim</em> up to {@code claim-size} due messages (in a short
 * transaction of its own: the rows are locked with {@code FOR UPDATE SKIP LOCKED}, so two nodes never claim the same
 * one, then marked with this node's id and a lease, {@code claimed_until} = now + {@code claim-lease}), send them one by
 * one within the rate limit, and claim again; the rows are not locked while mails are sent.
 * <p>
 * Guarantees:
 * <ul>
 * <li><b>Never twice while the nodes live.</b> Only the node holding a live claim sends a message, and it starts a send
 * only in the first half of its lease, so the lease outlasts the send (its SMTP time-outs are far shorter); the claim
 * moves the row's version, so recording the result of a message another node has meanwhile taken over fails instead of
 * overwriting it.</li>
 * <li><b>At least once.</b> A message is marked SENT, in its own statement, only once the SMTP server has taken it. If
 * the node dies before that, its claims expire and another node sends them: a node dying between the server's
 * acceptance and that statement sends the mail twice.</li>
 * <li>A failed attempt is recorded on that message alone and retried later (doubling delay), then FAILED.</li>
 * <li>On shutdown a node stops claiming, finishes the sends under way, and releases the claims it has not sent, so the
 * other nodes take them at once.</li>
 * </ul>
 * Leases are read on each node's clock: the nodes' clocks must agree (NTP) to far better than half a lease.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationRepository notifications;
    private final MailDelivery delivery;
    private final NotificationSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String node;
    private final Bucket rateLimit;
    private final ExecutorService pool;
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Autowired
    NotificationDispatcher(NotificationRepository notifications, MailDelivery delivery, NotificationSettings settings,
            TransactionTemplate transaction, Clock clock) {
        this(notifications, delivery, settings, transaction, clock, nodeId());
    }

    /** A dispatcher that claims messages as {@code node}. */
    NotificationDispatcher(NotificationRepository notifications, MailDelivery delivery, NotificationSettings settings,
            TransactionTemplate transaction, Clock clock, String node) {
        this.notifications = notifications;
        this.delivery = delivery;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
        this.node = node;
        NotificationSettings.RateLimit rate = settings.rateLimit();
        this.rateLimit = rate == null ? null : Bucket.builder()
                .addLimit(limit -> limit.capacity(rate.mails()).refillGreedy(rate.mails(), rate.period())).build();
        this.pool = Executors.newFixedThreadPool(settings.senders(), new CustomizableThreadFactory("outbox-sender-"));
    }

    /** This node in {@code claimed_by}: host name, process id, and a random part that tells one start from the next. */
    private static String nodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "hôte-inconnu";
        }
        return host.substring(0, Math.min(host.length(), 200)) + "-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(fixedDelayString = "${aae.notifications.dispatch-interval}")
    void dispatchDue() {
        dispatch(clock);
    }

    /** Delivers what is due at {@code now}, until nothing is; returns how many were sent. */
    int dispatchDueAt(Instant now) {
        return dispatch(Clock.fixed(now, ZoneOffset.UTC));
    }

    private int dispatch(Clock time) {
        if (isStopped()) {
            return 0;
        }
        List<Future<Integer>> senders = IntStream.range(0, settings.senders()).mapToObj(i -> pool.submit(() -> send(time))).toList();
        int sent = 0;
        for (Future<Integer> sender : senders) {
            try {
                sent += sender.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            } catch (ExecutionException e) {
                throw new IllegalStateException("Envoi de la boîte d'envoi interrompu : " + e.getCause().getMessage(), e.getCause());
            }
        }
        return sent;
    }

    /** One sender: claims, sends, claims again while messages are due; returns how many it sent. */
    private int send(Clock time) {
        int sent = 0;
        while (!isStopped()) {
            Instant claimedAt = time.instant();
            List<Long> claimed = claim(claimedAt);
            if (claimed.isEmpty()) {
                break;
            }
            Instant sendBefore = claimedAt.plus(settings.claimLease().dividedBy(2));
            int next = 0;
            while (next < claimed.size() && tookToken() && time.instant().isBefore(sendBefore)) {
                if (deliver(claimed.get(next++), time.instant())) {
                    sent++;
                }
            }
            if (next < claimed.size()) {
                notifications.release(claimed.subList(next, claimed.size()), node);
            }
        }
        return sent;
    }

    /** Claims up to {@code claim-size} messages due at {@code now} for this node, in a transaction of its own. */
    List<Long> claim(Instant now) {
        return transaction.execute(status -> {
            List<Long> ids = notifications.lockClaimable(now, settings.claimSize());
            if (!ids.isEmpty()) {
                notifications.claim(ids, node, now.plus(settings.claimLease()));
            }
            return ids;
        });
    }

    /** Waits for the rate limit to let one more mail out; false if this node stops meanwhile. */
    private boolean tookToken() {
        try {
            ConsumptionProbe probe;
            while (rateLimit != null && !(probe = rateLimit.tryConsumeAndReturnRemaining(1)).isConsumed()) {
                if (stopped.await(probe.getNanosToWaitForRefill(), TimeUnit.NANOSECONDS)) {
                    return false;
                }
            }
            return !isStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sends one claimed message if the claim is still this node's, and records the outcome; true if it was sent. */
    boolean deliver(long id, Instant now) {
        try {
            Notification notification = notifications.findById(id).orElseThrow();
            if (!notification.isClaimedBy(node, now)) {
                log.warn("Message {} plus réservé par ce nœud ({}) : pas envoyé par lui", id, node);
                return false;
            }
            try {
                delivery.deliver(notification);
                notification.sent(now);
            } catch (RuntimeException e) {
                notification.failed(e.getMessage(), now, settings.retryDelay(), settings.maxAttempts());
                // the server's answer may name the recipient: it is kept with the message, for managers, not logged
                log.warn("Envoi du message {} impossible (tentative {}) : {}, détail dans la boîte d'envoi", id, notification.getAttempts(),
                        e.getClass().getSimpleName());
            }
            notifications.save(notification);
            return notification.getStatus() == NotificationStatus.SENT;
        } catch (OptimisticLockingFailureException e) {
            log.error("Message {} repris par un autre nœud pendant la tentative de {} (réservation trop courte ?) : son résultat "
                    + "n'est pas enregistré et le message a pu partir deux fois", id, node);
            return false;
        } catch (RuntimeException e) {
            log.error("Message {} : envoi ou enregistrement en échec, repris à l'expiration de sa réservation", id, e);
            return false;
        }
    }

    private boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** On context close: no more claims; the sends under way end, the claims not yet sent are released. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopClaiming();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Boîte d'envoi : des envois de {} étaient encore en cours à l'arrêt", node);
        }
    }

    /** The first half of {@link #stop()}: returns at once, the senders stop after the mail each is sending. */
    void stopClaiming() {
        stopped.countDown();
        pool.shutdown();
    }
}
