package fr.francetravail.aae.outcome;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participant's situation at one checkpoint after the action, its KPI class, and who gave it (the status service or
 * a counsellor). One per enrolment and checkpoint: recording the checkpoint again replaces it.
 */
@Table("outcome")
public class Outcome {

    @Id
    private Long id;
    private Long enrolmentId;
    private Long operationId;
    private Checkpoint checkpoint;
    private Situation situation;
    private OutcomeClass outcomeClass;
    private OutcomeSource source;
    private String recordedBy;
    private Instant recordedAt;
    @Version
    private Integer version;

    private Outcome() {
    }

    Outcome(long enrolmentId, long operationId, Checkpoint checkpoint) {
        this.enrolmentId = enrolmentId;
        this.operationId = operationId;
        this.checkpoint = checkpoint;
    }

    void record(Situation situation, OutcomeClass outcomeClass, OutcomeSource source, String recordedBy, Instant now) {
        this.situation = situation;
        this.outcomeClass = outcomeClass;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public Long getOperationId() {
        return operationId;
    }

    public Checkpoint getCheckpoint() {
        return checkpoint;
    }

    public Situation getSituation() {
        return situation;
    }

    public OutcomeClass getOutcomeClass() {
        return outcomeClass;
    }

    public OutcomeSource getSource() {
        return source;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
