package fr.francetravail.aae.employermeeting;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What the employer meeting brought one enrolled participant: interviews, job offers proposed (« mises en relation »),
 * a hiring, a training or a service (« prestation ») proposed. Recorded again, it replaces the previous record.
 */
@Table("meeting_result")
public class MeetingResult {

    @Id
    private Long id;
    private Long operationId;
    private Long enrolmentId;
    private int interviews;
    private int jobOffersProposed;
    private boolean hired;
    private boolean trainingProposed;
    private boolean serviceProposed;
    private String recordedBy;
    private Instant recordedAt;
    @Version
    private Integer version;

    private MeetingResult() {
    }

    MeetingResult(long operationId, long enrolmentId) {
        this.operationId = operationId;
        this.enrolmentId = enrolmentId;
    }

    void record(MeetingResultRequest request, String actor, Instant now) {
        interviews = request.interviews();
        jobOffersProposed = request.jobOffersProposed();
        hired = request.hired();
        trainingProposed = request.trainingProposed();
        serviceProposed = request.serviceProposed();
        recordedBy = actor;
        recordedAt = now;
    }

    /** At least one service of the KPI « Pertinence »: a job referral, a training or a « prestation ». */
    public boolean isServed() {
        return jobOffersProposed > 0 || trainingProposed || serviceProposed;
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

    public int getInterviews() {
        return interviews;
    }

    public int getJobOffersProposed() {
        return jobOffersProposed;
    }

    public boolean isHired() {
        return hired;
    }

    public boolean isTrainingProposed() {
        return trainingProposed;
    }

    public boolean isServiceProposed() {
        return serviceProposed;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
