package fr.francetravail.aae.survey;

import fr.francetravail.aae.common.StateConflictException;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participant's personal link to the survey, one per enrolment: known by its token's hash, valid until it expires
 * or the participant has answered (by the link or through a counsellor), reminded once at most.
 */
@Table("survey_invitation")
public class SurveyInvitation {

    @Id
    private Long id;
    private Long operationId;
    private Long enrolmentId;
    private String tokenSalt;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant answeredAt;
    private Instant remindedAt;
    @Version
    private Integer version;

    private SurveyInvitation() {
    }

    SurveyInvitation(long operationId, long enrolmentId, SurveyTokens.Issued token, Instant now, Instant expiresAt) {
        this.operationId = operationId;
        this.enrolmentId = enrolmentId;
        this.tokenSalt = token.salt();
        this.tokenHash = token.hash();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean isAnswered() {
        return answeredAt != null;
    }

    /** Not answered, not expired, not reminded yet: a retried reminder job finds it reminded and sends nothing. */
    boolean awaitsReminder(Instant now) {
        return !isAnswered() && !isExpired(now) && remindedAt == null;
    }

    /** The participant has answered: the link stops working. */
    void answered(Instant now) {
        if (isAnswered()) {
            throw new StateConflictException("Ce participant a déjà répondu à l'enquête");
        }
        answeredAt = now;
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getOperationId() {
        return operationId;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    String getTokenSalt() {
        return tokenSalt;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
