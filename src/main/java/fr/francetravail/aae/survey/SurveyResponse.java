package fr.francetravail.aae.survey;

import fr.francetravail.aae.survey.SurveyForm.SurveyAnswers;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One answer to the end-of-action survey: a participant's (by enrolment), the partner's or the counsellor's, one each
 * per operation, with the channel it came through and who recorded it. {@code satisfied} is what KPI « Qualité » counts.
 */
@Table("survey_response")
public class SurveyResponse {

    @Id
    private Long id;
    private Long operationId;
    private RespondentType respondentType;
    private Long enrolmentId;
    private String respondent;
    private Satisfaction satisfaction;
    private boolean satisfied;
    private Helpfulness helped;
    private boolean recommends;
    private String comment;
    private SurveyChannel channel;
    private String recordedBy;
    private Instant answeredAt;
    @Version
    private Integer version;

    private SurveyResponse() {
    }

    private SurveyResponse(long operationId, RespondentType type, Long enrolmentId, SurveyAnswers answers, SurveyChannel channel,
            String recordedBy, Instant now) {
        this.operationId = operationId;
        this.respondentType = type;
        this.enrolmentId = enrolmentId;
        this.respondent = respondent(type, enrolmentId);
        this.satisfaction = answers.satisfaction();
        this.satisfied = answers.satisfaction().isSatisfied();
        this.helped = answers.helped();
        this.recommends = answers.recommends();
        this.comment = answers.comment();
        this.channel = channel;
        this.recordedBy = channel == SurveyChannel.LINK ? null : recordedBy;
        this.answeredAt = now;
    }

    /** A participant's answer, through the link (nobody recorded it) or a counsellor's call. */
    static SurveyResponse ofParticipant(long operationId, long enrolmentId, SurveyAnswers answers, SurveyChannel channel,
            String recordedBy, Instant now) {
        return new SurveyResponse(operationId, RespondentType.PARTICIPANT, enrolmentId, answers, channel, recordedBy, now);
    }

    /** The partner's or the counsellor's answer, from their Tasklist task. */
    static SurveyResponse ofStaff(long operationId, RespondentType type, SurveyAnswers answers, String recordedBy, Instant now) {
        return new SurveyResponse(operationId, type, null, answers, SurveyChannel.TASKLIST, recordedBy, now);
    }

    /** Who answered within the operation, unique per operation: the participant's enrolment, or the role. */
    static String respondent(RespondentType type, Long enrolmentId) {
        return type == RespondentType.PARTICIPANT ? type + "-" + enrolmentId : type.name();
    }

    public Long getId() {
        return id;
    }

    public Long getOperationId() {
        return operationId;
    }

    public RespondentType getRespondentType() {
        return respondentType;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public boolean isSatisfied() {
        return satisfied;
    }

    public Helpfulness getHelped() {
        return helped;
    }

    public boolean isRecommends() {
        return recommends;
    }

    public String getComment() {
        return comment;
    }

    public SurveyChannel getChannel() {
        return channel;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
