package fr.francetravail.aae.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;
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
    private NotificationStatus status;
    private Instant createdAt;

    Notification(Long operationId, String recipient, String subject, String body, Instant createdAt) {
        this.operationId = operationId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = NotificationStatus.PENDING;
        this.createdAt = createdAt;
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

    public String getBody() {
        return body;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
