package fr.francetravail.aae.platform;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aae.external-tasks.*}: whether the worker polls on its own (tests drive it), how often, how long a task stays
 * locked (longer than any handler's remote call), the worker id seen in Cockpit, how many tasks per poll, and the delays
 * between attempts after a failure; there are as many retries as delays, then an incident.
 */
@ConfigurationProperties("aae.external-tasks")
record ExternalTaskSettings(Boolean polling, Duration pollInterval, Duration lockDuration, String workerId, Integer maxTasks,
        List<Duration> retryDelays) {

    ExternalTaskSettings {
        polling = polling == null || polling;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        lockDuration = lockDuration == null ? Duration.ofMinutes(1) : lockDuration;
        workerId = workerId == null || workerId.isBlank() ? "aae-orchestration" : workerId;
        maxTasks = maxTasks == null || maxTasks <= 0 ? 10 : maxTasks;
        retryDelays = retryDelays == null || retryDelays.isEmpty()
                ? List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15)) : List.copyOf(retryDelays);
    }

    /**
     * After a failure, with {@code retriesLeft} retries recorded before it ({@code null} on the first failure): the
     * retries left after it, and the delay before the next attempt.
     */
    Retry afterFailure(Integer retriesLeft) {
        int left = (retriesLeft == null ? retryDelays.size() + 1 : retriesLeft) - 1;
        if (left <= 0) {
            return new Retry(0, Duration.ZERO);
        }
        int attempt = Math.max(0, Math.min(retryDelays.size() - 1, retryDelays.size() - left));
        return new Retry(left, retryDelays.get(attempt));
    }

    /** Retries left and the delay before the next attempt. */
    record Retry(int retriesLeft, Duration delay) {
    }
}
