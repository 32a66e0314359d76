package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.FRANCE_TRAVAIL_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FOLLOW_UP_COMMENT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WITHDRAWAL_REASON;

import fr.francetravail.aae.common.FrenchOrder;
import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCancelled;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.operation.OperationStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's way through the action once enrolled: presence at each workshop, the counsellor's follow-up of
 * repeated absences, a withdrawal (the place goes to the waiting list), the end of the action, and the enrolments
 * closed with a cancelled operation.
 */
@Service
public class ParticipationService {

    private final ParticipantRepository participants;
    private final EnrolmentRepository enrolments;
    private final OperationService operations;
    private final CohortMails mails;
    private final Clock clock;

    ParticipationService(ParticipantRepository participants, EnrolmentRepository enrolments, OperationService operations, CohortMails mails, Clock clock) {
        this.participants = participants;
        this.enrolments = enrolments;
        this.operations = operations;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Whom {@code counsellor} may record a withdrawal for: the participants still withdrawable ({@link Enrolment#withdraw})
     * of their agencies' operations whose action has not ended, by operation in reference order; operations without one
     * are left out.
     */
    @Transactional(readOnly = true)
    public Map<Operation, List<Participant>> withdrawable(Viewer counsellor) {
        Map<Operation, List<Participant>> byOperation = new LinkedHashMap<>();
        for (Operation operation : operations.running(counsellor)) {
            if (!counsellor.isMemberOfAgency(operation.getAgencyCode())) {
                continue;
            }
            List<Long> ids = enrolments.findByOperationIdOrderById(operation.getId()).stream().filter(Enrolment::isWithdrawable)
                    .map(Enrolment::getParticipantId).toList();
            if (!ids.isEmpty()) {
                byOperation.put(operation, participants.findAllById(ids).stream().sorted(Comparator.comparing(Participant::getDisplayName, FrenchOrder.NAMES)).toList());
            }
        }
        return byOperation;
    }

    /**
     * A counsellor of the operation's agency (or a manager) records that a participant of the operation leaves the
     * programme: through {@code /api}, by enrolment.
     */
    @Transactional
    public Enrolment withdraw(String reference, long enrolmentId, String reason, Viewer viewer) {
        Operation operation = operations.getForStaff(reference, viewer);
        Enrolment enrolment = enrolments.require(enrolmentId);
        if (!enrolment.getOperationId().equals(operation.getId())) {
            throw new NotFoundException("Inscription inconnue dans l'opération " + reference + " : " + enrolmentId);
        }
        return withdraw(enrolmentId, reason, viewer.userId());
    }

    /** The same, the participant known by France Travail id: Tasklist's « Enregistrer un abandon ». */
    @Transactional
    public Enrolment withdraw(String reference, String franceTravailId, String reason, Viewer viewer) {
        Operation operation = operations.getForStaff(reference, viewer);
        String id = franceTravailId == null ? "" : franceTravailId.strip();
        if (id.isEmpty()) {
            throw new InvalidInputException(FRANCE_TRAVAIL_ID, "est obligatoire");
        }
        Enrolment enrolment = participants.findByFranceTravailId(id)
                .flatMap(participant -> enrolments.findByOperationIdAndParticipantId(operation.getId(), participant.getId()))
                .orElseThrow(() -> new InvalidInputException(FRANCE_TRAVAIL_ID,
                        "aucun participant de l'opération " + operation.getReference() + " n'a l'identifiant « " + id + " »"));
        return withdraw(enrolment.getId(), reason, viewer.userId());
    }

    /**
     * The participant leaves the programme (reason required). A place taken in the cohort goes to the first on the
     * waiting list while the workshops are not over.
     */
    @Transactional
    public Enrolment withdraw(long enrolmentId, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(WITHDRAWAL_REASON, "le motif du retrait est obligatoire");
        }
        InputValidator.requireAtMost(WITHDRAWAL_REASON, reason, 500);
        Enrolment enrolment = enrolments.require(enrolmentId);
        Operation operation = operations.lock(enrolment.getOperationId());
        boolean freesAPlace = enrolment.isEnrolled();
        Instant now = clock.instant();
        enrolment.withdraw(reason.strip(), actor, now);
        enrolments.save(enrolment);
        if (freesAPlace && Set.of(OperationStatus.RECRUITING, OperationStatus.COHORT_DECISION, OperationStatus.WORKSHOPS)
                .contains(operation.getStatus())) {
            enrolments.findByOperationIdAndStatusOrderByPlacedAtAscIdAsc(operation.getId(), EnrolmentStatus.WAITING_LIST).stream()
                    .findFirst().ifPresent(next -> {
                        next.promote(actor, now);
                        enrolments.save(next);
                        mails.promoted(operation, participants.of(next));
                    });
        }
        return enrolment;
    }

    /** The employer meeting's results are in: the action ends, and who is still enrolled completed it. */
    @Transactional
    public List<Long> completeAction(long operationId, String actor) {
        operations.endAction(operationId);
        Instant now = clock.instant();
        List<Enrolment> completed = enrolments.findByOperationIdAndStatusOrderById(operationId, EnrolmentStatus.ENROLLED);
        completed.forEach(enrolment -> enrolment.complete(actor, now));
        return enrolments.saveAll(completed).stream().map(Enrolment::getId).toList();
    }

    /** The operation is cancelled: enrolments under way end with it, and those already invited are told. */
    @EventListener
    void closeEnrolments(OperationCancelled cancelled) {
        Operation operation = cancelled.operation();
        Instant now = clock.instant();
        for (Enrolment enrolment : enrolments.findByOperationIdOrderById(operation.getId())) {
            boolean told = enrolment.getStatus() != EnrolmentStatus.CANDIDATE;
            if (enrolment.closeWithCancelledOperation(cancelled.actor(), now)) {
                enrolments.save(enrolment);
                if (told) {
                    mails.operationCancelled(operation, participants.of(enrolment));
                }
            }
        }
    }

    /**
     * One workshop's presence of a participant expected there; returns the unexcused absences in a row so far (none for
     * someone who has left since).
     */
    @Transactional
    public int recordPresence(long enrolmentId, boolean unexcusedAbsence) {
        Enrolment enrolment = enrolments.require(enrolmentId);
        int streak = enrolment.recordPresence(unexcusedAbsence);
        enrolments.save(enrolment);
        return streak;
    }

    @Transactional
    public Enrolment recordAbsenceFollowUp(long enrolmentId, String comment, String actor) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException(FOLLOW_UP_COMMENT, "est obligatoire");
        }
        InputValidator.requireAtMost(FOLLOW_UP_COMMENT, comment, 2000);
        Enrolment enrolment = enrolments.require(enrolmentId);
        enrolment.recordAbsenceFollowUp(comment.strip(), actor, clock.instant());
        return enrolments.save(enrolment);
    }
}
