package fr.francetravail.aae.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The failed password checks each client address may still make (a token bucket per address, in this node's memory):
 * {@code aae.login.client-failures} in a burst, refilled over {@code aae.login.client-period}. A check takes a token
 * before it runs and gives it back when the password was right, so only failures count and no burst of parallel
 * requests checks more passwords than the address has tokens. Addresses are forgotten a period after their last check.
 */
@Component
class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final long MAX_ADDRESSES = 100_000;
    /** The address of the client whose request this thread serves, set by {@link LoginThrottleFilter}. */
    private static final ThreadLocal<String> SERVED_CLIENT = new ThreadLocal<>();

    private final LoginSettings settings;
    private final Cache<String, Bucket> buckets;

    LoginThrottle(LoginSettings settings) {
        this.settings = settings;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(settings.clientPeriod()).maximumSize(MAX_ADDRESSES).build();
    }

    /** The address of the client whose request this thread serves; none outside a request. */
    static Optional<String> servedClient() {
        return Optional.ofNullable(SERVED_CLIENT.get());
    }

    /** Runs the request's work with its client address known to the password checks it makes. */
    static void serving(String client, RequestWork work) throws IOException, ServletException {
        SERVED_CLIENT.set(client);
        try {
            work.run();
        } finally {
            SERVED_CLIENT.remove();
        }
    }

    /** What a filter passes on. */
    interface RequestWork {
        void run() throws IOException, ServletException;
    }

    /** How long the address must still wait before it may have a password checked, if it must. */
    Optional<Duration> refusal(String client) {
        Bucket bucket = buckets.getIfPresent(client);
        if (bucket == null) {
            return Optional.empty();
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    /** Takes a token for one password check of the address: false, and nothing may be checked, when it has none left. */
    boolean acquire(String client) {
        return bucketOf(client).tryConsume(1);
    }

    /** After the check: a right password gives its token back; the failure that spends the last one is logged. */
    void settle(String client, boolean passwordRight) {
        Bucket bucket = bucketOf(client);
        if (passwordRight) {
            bucket.addTokens(1);
        } else if (bucket.getAvailableTokens() == 0) {
            LOG.warn("Client {} throttled after {} failed password checks within {}: its requests are refused (429) for {}",
                    client, settings.clientFailures(), settings.clientPeriod(), refusal(client).orElse(Duration.ZERO));
        }
    }

    private Bucket bucketOf(String client) {
        return buckets.get(client, address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.clientFailures()).refillGreedy(settings.clientFailures(), settings.clientPeriod()))
                .build());
    }
}
