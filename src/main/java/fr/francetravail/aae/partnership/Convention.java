package fr.francetravail.aae.partnership;

import fr.francetravail.aae.common.StateConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The partnership agreement between France Travail and the cultural structure for one operation: drafted by a
 * counsellor, accepted (possibly after changes) or declined by the partner, signed by a manager. Every step is kept.
 */
@Table("convention")
public class Convention {

    @Id
    private Long id;
    private Long operationId;
    private ConventionStatus status;
    private String objectives;
    private String workshopPlan;
    private int lumpSum;
    private String signedBy;
    private Instant signedAt;
    @MappedCollection(idColumn = "convention_id", keyColumn = "position")
    private List<ConventionEvent> events = new ArrayList<>();
    @Version
    private Integer version;

    Convention(Long operationId) {
        this.operationId = operationId;
    }

    void draft(ConventionDraft draft, String actor, Instant now) {
        if (status != null && status != ConventionStatus.CHANGES_REQUESTED) {
            throw conflict("rédigée");
        }
        objectives = draft.objectives();
        workshopPlan = draft.workshopPlan();
        lumpSum = draft.lumpSum();
        status = ConventionStatus.SUBMITTED;
        record(ConventionEventType.DRAFTED, actor, null, now);
    }

    void answer(PartnerDecision decision, String comment, String actor, Instant now) {
        require(ConventionStatus.SUBMITTED, "examinée par la structure");
        status = switch (decision) {
            case ACCEPTED -> ConventionStatus.ACCEPTED;
            case CHANGES_REQUESTED -> ConventionStatus.CHANGES_REQUESTED;
            case DECLINED -> ConventionStatus.DECLINED;
        };
        record(ConventionEventType.valueOf(decision.name()), actor, comment, now);
    }

    void sign(String actor, Instant now) {
        require(ConventionStatus.ACCEPTED, "signée");
        status = ConventionStatus.SIGNED;
        signedBy = actor;
        signedAt = now;
        record(ConventionEventType.SIGNED, actor, null, now);
    }

    void remindPartner(Instant now, String actor) {
        require(ConventionStatus.SUBMITTED, "relancée");
        record(ConventionEventType.PARTNER_REMINDED, actor, null, now);
    }

    void escalate(EscalationDecision decision, String comment, String actor, Instant now) {
        require(ConventionStatus.SUBMITTED, "relancée ou abandonnée");
        if (decision == EscalationDecision.ABANDON) {
            status = ConventionStatus.ABANDONED;
            record(ConventionEventType.ABANDONED, actor, comment, now);
        } else {
            record(ConventionEventType.RELAUNCHED, actor, comment, now);
        }
    }

    private void require(ConventionStatus expected, String action) {
        if (status != expected) {
            throw conflict(action);
        }
    }

    private StateConflictException conflict(String action) {
        return new StateConflictException("La convention est à l'état " + status + " : elle ne peut pas être " + action);
    }

    private void record(ConventionEventType type, String actor, String comment, Instant now) {
        events.add(new ConventionEvent(type, actor, comment, now));
    }

    public Long getOperationId() {
        return operationId;
    }

    public ConventionStatus getStatus() {
        return status;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getWorkshopPlan() {
        return workshopPlan;
    }

    public int getLumpSum() {
        return lumpSum;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public List<ConventionEvent> getEvents() {
        return List.copyOf(events);
    }
}
