package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.CONSENT;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.StateConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One candidate in one operation, from the counsellor's proposal to the end of the workshops: invitation, answer and
 * consent, priority publics, place or waiting list, absences and withdrawal. Every step is kept with its actor.
 */
@Table("enrolment")
public class Enrolment {

    @Id
    private Long id;
    private Long operationId;
    private Long participantId;
    private EnrolmentStatus status;
    private String priorityPublics;
    private Boolean consent;
    private Instant placedAt;
    private int unexcusedStreak;
    private String withdrawalReason;
    private String addedBy;
    private Instant addedAt;
    @MappedCollection(idColumn = "enrolment_id", keyColumn = "position")
    private List<EnrolmentEvent> events = new ArrayList<>();
    @Version
    private Integer version;

    private static final Set<EnrolmentStatus> UNDER_WAY = Set.of(EnrolmentStatus.CANDIDATE, EnrolmentStatus.INVITED,
            EnrolmentStatus.ACCEPTED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING_LIST);
    private static final Set<EnrolmentStatus> WITHDRAWABLE = Set.of(EnrolmentStatus.CANDIDATE, EnrolmentStatus.ENROLLED,
            EnrolmentStatus.WAITING_LIST);

    private Enrolment() {
    }

    Enrolment(long operationId, long participantId, String actor, Instant now) {
        this.operationId = operationId;
        this.participantId = participantId;
        this.status = EnrolmentStatus.CANDIDATE;
        this.addedBy = actor;
        this.addedAt = now;
        record(EnrolmentEventType.ADDED, actor, null, now);
    }

    void invite(String actor, Instant now) {
        move(EnrolmentStatus.CANDIDATE, EnrolmentStatus.INVITED, EnrolmentEventType.INVITED, actor, null, now);
    }

    /** The answer after the information meeting; taking part needs the candidate's consent to data processing. */
    void decide(CandidateDecision decision, boolean consentGiven, String actor, Instant now) {
        if (decision == CandidateDecision.ACCEPTS && !consentGiven) {
            throw new InvalidInputException(CONSENT, "le consentement du candidat au traitement de ses données est nécessaire pour l'inscrire");
        }
        switch (decision) {
            case ACCEPTS -> move(EnrolmentStatus.INVITED, EnrolmentStatus.ACCEPTED, EnrolmentEventType.ACCEPTED, actor, null, now);
            case DECLINES -> move(EnrolmentStatus.INVITED, EnrolmentStatus.DECLINED, EnrolmentEventType.DECLINED, actor, null, now);
            case NO_SHOW -> move(EnrolmentStatus.INVITED, EnrolmentStatus.NOT_ENROLLED, EnrolmentEventType.NO_SHOW, actor, null, now);
        }
        consent = decision == CandidateDecision.ACCEPTS;
    }

    /** No answer recorded by the recruitment deadline. */
    void expire(String actor, Instant now) {
        move(EnrolmentStatus.INVITED, EnrolmentStatus.NOT_ENROLLED, EnrolmentEventType.NO_ANSWER, actor, null, now);
    }

    void tagPriorityPublics(List<String> publics) {
        require(Set.of(EnrolmentStatus.ACCEPTED), "qualifiée");
        priorityPublics = publics.isEmpty() ? null : String.join(",", publics);
    }

    /** A place if the cohort has one, else the waiting list, in order of arrival. */
    void place(boolean placeAvailable, String actor, Instant now) {
        if (placeAvailable) {
            move(EnrolmentStatus.ACCEPTED, EnrolmentStatus.ENROLLED, EnrolmentEventType.ENROLLED, actor, null, now);
        } else {
            move(EnrolmentStatus.ACCEPTED, EnrolmentStatus.WAITING_LIST, EnrolmentEventType.WAITING_LISTED, actor, null, now);
        }
        placedAt = now;
    }

    void promote(String actor, Instant now) {
        move(EnrolmentStatus.WAITING_LIST, EnrolmentStatus.ENROLLED, EnrolmentEventType.PROMOTED, actor, null, now);
    }

    /** Leaving the programme: a candidate not invited yet (added by mistake, say), an enrolled or waiting participant. */
    void withdraw(String reason, String actor, Instant now) {
        require(WITHDRAWABLE, "retirée");
        status = EnrolmentStatus.WITHDRAWN;
        withdrawalReason = reason;
        record(EnrolmentEventType.WITHDRAWN, actor, reason, now);
    }

    /**
     * Counts unexcused absences in a row: an excused absence or a presence ends the streak. Someone who has left since
     * the workshop is no longer followed.
     */
    int recordPresence(boolean unexcusedAbsence) {
        if (status != EnrolmentStatus.ENROLLED) {
            return 0;
        }
        unexcusedStreak = unexcusedAbsence ? unexcusedStreak + 1 : 0;
        return unexcusedStreak;
    }

    /** Still enrolled when the action ends: the participant completed it. */
    void complete(String actor, Instant now) {
        move(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentEventType.COMPLETED, actor, null, now);
    }

    /** The operation is cancelled: an enrolment still under way ends with it; returns whether it was under way. */
    boolean closeWithCancelledOperation(String actor, Instant now) {
        if (!UNDER_WAY.contains(status)) {
            return false;
        }
        status = EnrolmentStatus.CANCELLED;
        record(EnrolmentEventType.OPERATION_CANCELLED, actor, null, now);
        return true;
    }

    /** The counsellor has called: the next two unexcused absences in a row will call for a new follow-up. */
    void recordAbsenceFollowUp(String comment, String actor, Instant now) {
        unexcusedStreak = 0;
        record(EnrolmentEventType.ABSENCE_FOLLOWED_UP, actor, comment, now);
    }

    /** See {@link #withdraw}. */
    boolean isWithdrawable() {
        return WITHDRAWABLE.contains(status);
    }

    boolean isWithdrawn() {
        return status == EnrolmentStatus.WITHDRAWN;
    }

    boolean isEnrolled() {
        return status == EnrolmentStatus.ENROLLED;
    }

    private void move(EnrolmentStatus from, EnrolmentStatus to, EnrolmentEventType event, String actor, String comment, Instant now) {
        require(Set.of(from), switch (to) {
            case INVITED -> "invitée";
            case ENROLLED, WAITING_LIST -> "placée";
            case COMPLETED -> "achevée";
            default -> "décidée";
        });
        status = to;
        record(event, actor, comment, now);
    }

    private void require(Set<EnrolmentStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new StateConflictException("L'inscription " + id + " ne peut pas être " + action + " dans l'état " + status);
        }
    }

    private void record(EnrolmentEventType type, String actor, String comment, Instant now) {
        events.add(new EnrolmentEvent(type, actor, comment, now));
    }

    public Long getId() {
        return id;
    }

    public Long getOperationId() {
        return operationId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public List<String> getPriorityPublics() {
        return priorityPublics == null ? List.of() : Arrays.asList(priorityPublics.split(","));
    }

    public Boolean getConsent() {
        return consent;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public int getUnexcusedStreak() {
        return unexcusedStreak;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public List<EnrolmentEvent> getEvents() {
        return List.copyOf(events);
    }
}
