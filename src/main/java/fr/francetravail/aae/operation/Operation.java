package fr.francetravail.aae.operation;

import fr.francetravail.aae.common.Delay;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An AAE operation: one cohort, one cultural venue, one workshop series and one employer meeting.
 * Its reference {@code AAE-<year>-<region>-<seq>} is the business key of every process instance about it.
 */
@Table("operation")
public class Operation {

    private static final Pattern REFERENCE = Pattern.compile("AAE-\\d{4}-([A-Z]{3})-\\d{4}");

    @Id
    private Long id;
    private String reference;
    private OperationStatus status;
    private String agencyCode;
    private String partnerSlug;
    private String venue;
    private ArtDiscipline discipline;
    private int targetGroupSize;
    @MappedCollection(idColumn = "operation_id", keyColumn = "position")
    private List<PlannedWorkshop> workshops;
    private LocalDate employerMeetingDate;
    private String proposedBy;
    private Instant proposedAt;
    private LocalDate infoMeetingDate;
    private Instant recruitmentDeadline;
    private boolean recruitmentExtended;
    private CancellationReason cancellationReason;
    private String cancellationComment;
    private String cancelledBy;
    private LocalDate actionEndedOn;
    private Instant closedAt;
    private Instant lastProgressAt;
    private Instant inactivityAlertedAt;
    private boolean processAttached;
    private Instant updatedAt;
    @Version
    private Integer version;

    private Operation() {
    }

    Operation(String reference, ProposeOperationCommand command, String proposedBy, Instant proposedAt) {
        this.reference = reference;
        this.status = OperationStatus.PARTNERSHIP;
        this.agencyCode = command.agencyCode();
        this.partnerSlug = command.partnerSlug();
        this.venue = command.venue();
        this.discipline = command.discipline();
        this.targetGroupSize = command.targetGroupSize();
        this.workshops = command.workshopDates().stream().map(PlannedWorkshop::new).toList();
        this.employerMeetingDate = command.employerMeetingDate();
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.updatedAt = proposedAt;
        this.lastProgressAt = proposedAt;
    }

    /** Binds the operation to the one {@code aae-operation} instance whose business key is its reference. */
    void attachProcess(String businessKey) {
        if (processAttached || !reference.equals(businessKey)) {
            throw new StateConflictException("L'opération " + reference + " a déjà son processus : aucun autre ne peut s'y rattacher");
        }
        processAttached = true;
    }

    void markAgreementSigned(Instant now) {
        moveTo(OperationStatus.PARTNERSHIP, OperationStatus.COHORT_BUILDING, now);
    }

    /** The candidates are invited to the information meeting and answer until the deadline. */
    void openRecruitment(LocalDate infoMeetingDate, Instant deadline, Instant now) {
        moveTo(OperationStatus.COHORT_BUILDING, OperationStatus.RECRUITING, now);
        this.infoMeetingDate = infoMeetingDate;
        this.recruitmentDeadline = deadline;
    }

    void closeRecruitment(Instant now) {
        moveTo(OperationStatus.RECRUITING, OperationStatus.COHORT_DECISION, now);
    }

    /** Recruitment reopens once; a second extension is refused. */
    void extendRecruitment(Instant now) {
        if (recruitmentExtended) {
            throw new StateConflictException("Le recrutement de l'opération " + reference + " a déjà été prolongé une fois");
        }
        moveTo(OperationStatus.COHORT_DECISION, OperationStatus.COHORT_BUILDING, now);
        recruitmentExtended = true;
    }

    void startWorkshops(Instant now) {
        moveTo(OperationStatus.COHORT_DECISION, OperationStatus.WORKSHOPS, now);
    }

    void completeWorkshops(Instant now) {
        moveTo(OperationStatus.WORKSHOPS, OperationStatus.WORKSHOPS_COMPLETED, now);
    }

    /** The workshops are over: the employer meeting's phase begins. */
    void openEmployerMeeting(Instant now) {
        moveTo(OperationStatus.WORKSHOPS_COMPLETED, OperationStatus.EMPLOYER_MEETING, now);
    }

    /** The employer meeting's results are recorded: the action is over, too late to cancel. */
    void endAction(LocalDate today, Instant now) {
        moveTo(OperationStatus.EMPLOYER_MEETING, OperationStatus.END_OF_ACTION, now);
        actionEndedOn = today;
    }

    void startFollowUp(Instant now) {
        moveTo(OperationStatus.END_OF_ACTION, OperationStatus.FOLLOW_UP, now);
    }

    void close(Instant now) {
        moveTo(OperationStatus.FOLLOW_UP, OperationStatus.CLOSED, now);
        closedAt = now;
    }

    private void moveTo(OperationStatus from, OperationStatus to, Instant now) {
        requireStatus(from);
        status = to;
        updatedAt = now;
        lastProgressAt = now;
    }

    /** A manager stops the operation before the end of the action; the process then cancels it. */
    void requestCancellation(String comment, String manager, Instant now) {
        if (!isCancellable()) {
            throw new StateConflictException("L'opération " + reference + " ne peut plus être annulée : elle est à l'état " + status);
        }
        cancellationComment = comment;
        cancelledBy = manager;
        updatedAt = now;
    }

    void cancel(CancellationReason reason, Instant now) {
        if (!isCancellable()) {
            throw new StateConflictException("L'opération " + reference + " ne peut pas être annulée à l'état " + status);
        }
        status = OperationStatus.CANCELLED;
        cancellationReason = reason;
        updatedAt = now;
        lastProgressAt = now;
    }

    /** Up to the end of the action, that is, until the employer meeting's results are recorded. */
    boolean isCancellable() {
        return OperationStatus.ACTION_RUNNING.contains(status);
    }

    /**
     * Whether a manager should hear of this operation: nothing moved for {@code idleFor}, counting from the last
     * progress or the last alert, whichever is later. Records the alert when it is due.
     */
    boolean raiseInactivityAlert(Delay idleFor, Instant now) {
        Instant since = inactivityAlertedAt == null || lastProgressAt.isAfter(inactivityAlertedAt) ? lastProgressAt : inactivityAlertedAt;
        if (idleFor.after(since).isAfter(now)) {
            return false;
        }
        inactivityAlertedAt = now;
        return true;
    }

    private void requireStatus(OperationStatus expected) {
        if (status != expected) {
            throw new StateConflictException("L'opération " + reference + " est à l'état " + status + ", pas " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    /** The region of its agency when it was proposed, as its reference says: the region it belongs to for good. */
    public Region getRegion() {
        return regionOf(reference).orElseThrow();
    }

    /** The region a reference names, if it is an operation's reference. */
    public static Optional<Region> regionOf(String reference) {
        Matcher matcher = reference == null ? null : REFERENCE.matcher(reference);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Region.valueOf(matcher.group(1)));
        } catch (IllegalArgumentException notARegion) {
            return Optional.empty();
        }
    }

    public OperationStatus getStatus() {
        return status;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getPartnerSlug() {
        return partnerSlug;
    }

    public String getVenue() {
        return venue;
    }

    public ArtDiscipline getDiscipline() {
        return discipline;
    }

    public int getTargetGroupSize() {
        return targetGroupSize;
    }

    public List<LocalDate> getWorkshopDates() {
        return workshops.stream().map(PlannedWorkshop::workshopDate).toList();
    }

    public LocalDate getEmployerMeetingDate() {
        return employerMeetingDate;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public LocalDate getInfoMeetingDate() {
        return infoMeetingDate;
    }

    public Instant getRecruitmentDeadline() {
        return recruitmentDeadline;
    }

    public boolean isRecruitmentExtended() {
        return recruitmentExtended;
    }

    public CancellationReason getCancellationReason() {
        return cancellationReason;
    }

    public String getCancellationComment() {
        return cancellationComment;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public LocalDate getActionEndedOn() {
        return actionEndedOn;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getLastProgressAt() {
        return lastProgressAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
