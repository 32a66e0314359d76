package fr.francetravail.aae.operation;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The counsellor's bilan of an operation, written at the end of the action; its author is kept for the four eyes of the payment. */
@Table("action_review")
public class ActionReview {

    @Id
    private Long id;
    private long operationId;
    private String courseOfAction;
    private String strengths;
    private String improvements;
    private boolean renewPartnership;
    private String writtenBy;
    private Instant writtenAt;

    private ActionReview() {
    }

    ActionReview(long operationId, BilanCommand bilan, String writtenBy, Instant writtenAt) {
        this.operationId = operationId;
        this.courseOfAction = bilan.courseOfAction();
        this.strengths = bilan.strengths();
        this.improvements = bilan.improvements();
        this.renewPartnership = bilan.renewPartnership();
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public long getOperationId() {
        return operationId;
    }

    public String getCourseOfAction() {
        return courseOfAction;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getImprovements() {
        return improvements;
    }

    public boolean isRenewPartnership() {
        return renewPartnership;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
