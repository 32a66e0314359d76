package fr.francetravail.aae.notification;

import fr.francetravail.aae.common.StateConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One message in the outbox: written in the same transaction as the fact it announces, delivered afterwards. */
@Table("notification")
public class Notification {

    @Id
    private Long id;
    private Long operationId;
    private String recipient;
    private String subject;
    private String body;
    private String secretLinkKind;
    private Long secretLinkReference;
    private NotificationStatus status;
    private Instant createdAt;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String lastError;
    /** The node sending it, until {@code claimedUntil} (see {@link NotificationDispatcher}); none between attempts. */
    private String claimedBy;
    private Instant claimedUntil;
    @Version
    private Integer version;

    private Notification() {
    }

    Notification(Long operationId, String recipient, String subject, String body, SecretLink secretLink, Instant createdAt) {
        if (secretLink != null && !body.contains(SecretLink.PLACEHOLDER)) {
            throw new IllegalArgumentException("Le texte du message n'indique pas où placer son lien personnel");
        }
        this.operationId = operationId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.secretLinkKind = secretLink == null ? null : secretLink.kind();
        this.secretLinkReference = secretLink == null ? null : secretLink.reference();
        this.status = NotificationStatus.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** Whether {@code node} holds the claim on this message at {@code now}. */
    boolean isClaimedBy(String node, Instant now) {
        return node.equals(claimedBy) && claimedUntil.isAfter(now);
    }

    void sent(Instant now) {
        status = NotificationStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
        unclaim();
    }

    /** A failed attempt: retried later with a doubling delay, given up after {@code maxAttempts}. */
    void failed(String error, Instant now, Duration firstDelay, int maxAttempts) {
        attempts++;
        lastError = error == null ? "erreur inconnue" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = NotificationStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(firstDelay.multipliedBy(1L << (attempts - 1)));
        }
        unclaim();
    }

    private void unclaim() {
        claimedBy = null;
        claimedUntil = null;
    }

    void retry(Instant now) {
        if (status != NotificationStatus.FAILED) {
            throw new StateConflictException("Seul un message en échec peut être renvoyé (état : " + status + ")");
        }
        status = NotificationStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** The body as mailed: its secret link, if any, rendered in place of the placeholder. Never stored. */
    String bodyToSend(Function<SecretLink, String> render) {
        return secretLinkKind == null ? body
                : body.replace(SecretLink.PLACEHOLDER, render.apply(new SecretLink(secretLinkKind, secretLinkReference)));
    }

    public Long getId() {
        return id;
    }

    public Long getOperationId() {
        return operationId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /** As stored: a secret link is only its placeholder. */
    public String getBody() {
        return body;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
