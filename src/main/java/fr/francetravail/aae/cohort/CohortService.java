package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.operation.OperationProcess.Variables.CANDIDATES;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FOLLOW_UP_COMMENT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.INFO_MEETING_DATE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WITHDRAWAL_REASON;

import fr.francetravail.aae.cohort.PriorityPublicsRule.PriorityProfile;
import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationCancelled;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.operation.OperationStatus;
import fr.francetravail.aae.operation.ProposeOperationCommand;
import fr.francetravail.aae.platform.AaeTimers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part: candidates added by counsellors, their invitation, answer and consent, priority publics, a place or
 * the waiting list, withdrawals. Participants' personal data stays here; processes get enrolment ids.
 */
@Service
public class CohortService {

    static final int MINIMUM_AGE = 16;
    static final int MAXIMUM_AGE = 70;
    /**
     * Candidates an operation may have per place of its target: enough to fill the group after those who decline, do not
     * come to the information meeting or wait on the list, and no more (each candidate gets an enrolment process and mails).
     */
    static final int CANDIDATES_PER_PLACE = 4;
    /** The most candidates any operation may have: per place, for the largest target. */
    static final int MAX_CANDIDATES = CANDIDATES_PER_PLACE * ProposeOperationCommand.MAX_GROUP_SIZE;

    private final ParticipantRepository participants;
    private final EnrolmentRepository enrolments;
    private final OperationService operations;
    private final PriorityPublicsRule priorityPublics;
    private final InputValidator validator;
    private final CohortMails mails;
    private final AaeTimers timers;
    private final OperationCalendar calendar;
    private final Clock clock;

    CohortService(ParticipantRepository participants, EnrolmentRepository enrolments, OperationService operations,
            PriorityPublicsRule priorityPublics, InputValidator validator, CohortMails mails, AaeTimers timers,
            OperationCalendar calendar, Clock clock) {
        this.participants = participants;
        this.enrolments = enrolments;
        this.operations = operations;
        this.priorityPublics = priorityPublics;
        this.validator = validator;
        this.mails = mails;
        this.timers = timers;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Adds the batch's candidates to the operation while its cohort is being built, all or none: every fault of every
     * candidate is reported at once. A job seeker is never twice in one operation, and an operation has at most {@value
     * #CANDIDATES_PER_PLACE} candidates per place of its target (a batch beyond is refused before its entries are read).
     * Callers let only the operation's agency (or an administrator) add candidates.
     */
    @Transactional
    public List<Enrolment> addCandidates(long operationId, CandidateBatch batch, String counsellor) {
        Operation operation = operations.lock(operationId);
        if (operation.getStatus() != OperationStatus.COHORT_BUILDING) {
            throw new StateConflictException("Les candidats s'ajoutent pendant la constitution du groupe ; l'opération "
                    + operation.getReference() + " est à l'étape " + operation.getStatus());
        }
        requireRoomFor(operation, batch.candidates().size());
        List<FieldViolation> violations = new ArrayList<>(batch.readingViolations());
        violations.addAll(candidateViolations(operationId, batch));
        if (batch.candidates().isEmpty() && violations.isEmpty()) {
            violations.add(new FieldViolation(CANDIDATES, "aucun candidat à ajouter"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        Map<String, Participant> known = participants.findByFranceTravailIdIn(batch.candidates().stream()
                .map(CandidateRequest::franceTravailId).toList()).stream()
                .collect(Collectors.toMap(Participant::getFranceTravailId, Function.identity()));
        return batch.candidates().stream().map(candidate -> {
            Participant participant = known.get(candidate.franceTravailId());
            if (participant == null) {
                participant = new Participant(candidate, now);
            } else {
                participant.update(candidate, now);
            }
            participant = participants.save(participant);
            return enrolments.save(new Enrolment(operationId, participant.getId(), counsellor, now));
        }).toList();
    }

    private void requireRoomFor(Operation operation, int added) {
        int most = CANDIDATES_PER_PLACE * operation.getTargetGroupSize();
        int already = enrolments.countByOperationId(operation.getId());
        if (already + added > most) {
            throw new InvalidInputException(CANDIDATES, most + " candidats au plus par opération (" + CANDIDATES_PER_PLACE
                    + " par place, cible de " + operation.getTargetGroupSize() + ") : " + already + " déjà ajoutés, "
                    + added + " de plus refusés");
        }
    }

    private List<FieldViolation> candidateViolations(long operationId, CandidateBatch batch) {
        Set<String> alreadyCandidates = participants.findAllById(enrolments.findByOperationIdOrderById(operationId).stream()
                .map(Enrolment::getParticipantId).toList()).stream().map(Participant::getFranceTravailId).collect(Collectors.toSet());
        Map<String, Integer> firstIndexOfId = new HashMap<>();
        int thisYear = LocalDate.now(clock).getYear();
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < batch.candidates().size(); i++) {
            CandidateRequest candidate = batch.candidates().get(i);
            if (candidate == null) {
                violations.add(new FieldViolation(batch.field(i, null), "candidat vide"));
                continue;
            }
            int index = i;
            validator.violations(candidate).forEach(v -> violations.add(new FieldViolation(batch.field(index, v.field()), v.message())));
            Integer birthYear = candidate.birthYear();
            if (birthYear != null && (thisYear - birthYear < MINIMUM_AGE || thisYear - birthYear > MAXIMUM_AGE)) {
                violations.add(new FieldViolation(batch.field(i, "birthYear"), "âge invraisemblable pour un demandeur d'emploi ("
                        + (thisYear - birthYear) + " ans ; de " + MINIMUM_AGE + " à " + MAXIMUM_AGE + " ans)"));
            }
            String id = candidate.franceTravailId();
            if (id == null) {
                continue;
            }
            Integer first = firstIndexOfId.putIfAbsent(id, i);
            if (alreadyCandidates.contains(id)) {
                violations.add(new FieldViolation(batch.field(i, "franceTravailId"), "le demandeur d'emploi " + id + " est déjà candidat à cette opération"));
            } else if (first != null) {
                violations.add(new FieldViolation(batch.field(i, "franceTravailId"), "identifiant " + id + " en double (déjà en " + batch.field(first, null) + ")"));
            }
        }
        return violations;
    }

    /**
     * Opens recruitment for every candidate not invited yet; answers are due {@code recruitment-decision-delay} after
     * the information meeting's day. The first round needs at least one candidate; an extension may add none.
     */
    @Transactional
    public Recruitment openRecruitment(long operationId, LocalDate infoMeetingDate) {
        Operation operation = operations.lock(operationId);
        List<Long> candidateIds = enrolments.findByOperationIdAndStatusOrderById(operationId, EnrolmentStatus.CANDIDATE).stream()
                .map(Enrolment::getId).toList();
        if (candidateIds.isEmpty() && !operation.isRecruitmentExtended()) {
            throw new InvalidInputException(CANDIDATES, "ajoutez au moins un candidat avant d'envoyer les invitations");
        }
        if (infoMeetingDate == null) {
            throw new InvalidInputException(INFO_MEETING_DATE, "est obligatoire");
        }
        Operation opened = operations.openRecruitment(operationId, infoMeetingDate, deadlineAfterMeetingOn(operation, infoMeetingDate));
        return new Recruitment(candidateIds, opened.getRecruitmentDeadline());
    }

    /** The candidate's invitation to the information meeting. */
    @Transactional
    public Enrolment invite(long enrolmentId, String actor) {
        Enrolment enrolment = get(enrolmentId);
        enrolment.invite(actor, clock.instant());
        mails.invitation(operations.get(enrolment.getOperationId()), participantOf(enrolment));
        return enrolments.save(enrolment);
    }

    @Transactional
    public Enrolment decide(long enrolmentId, CandidateDecision decision, boolean consent, String actor) {
        Enrolment enrolment = get(enrolmentId);
        enrolment.decide(decision, consent, actor, clock.instant());
        return enrolments.save(enrolment);
    }

    /** Tags the candidate with the priority publics the DMN table {@code priority-publics} finds on today's facts. */
    @Transactional
    public Enrolment tagPriorityPublics(long enrolmentId) {
        Enrolment enrolment = get(enrolmentId);
        Participant participant = participantOf(enrolment);
        LocalDate today = LocalDate.now(clock);
        enrolment.tagPriorityPublics(priorityPublics.publicsOf(new PriorityProfile(participant.registrationMonthsOn(today),
                participant.ageIn(today), participant.isRsaBeneficiary(), participant.isQpvResident(), participant.isRecognisedDisability())));
        return enrolments.save(enrolment);
    }

    /** A place while the cohort is below its target, else the waiting list; competing placements go one at a time. */
    @Transactional
    public Enrolment place(long enrolmentId, String actor) {
        Enrolment enrolment = get(enrolmentId);
        Operation operation = operations.lock(enrolment.getOperationId());
        boolean placeAvailable = enrolments.countByOperationIdAndStatus(operation.getId(), EnrolmentStatus.ENROLLED) < operation.getTargetGroupSize();
        enrolment.place(placeAvailable, actor, clock.instant());
        if (enrolment.isEnrolled()) {
            mails.enrolled(operation, participantOf(enrolment));
        } else {
            mails.waitingList(operation, participantOf(enrolment));
        }
        return enrolments.save(enrolment);
    }

    /** No answer by the recruitment deadline: not enrolled. */
    @Transactional
    public Enrolment expire(long enrolmentId, String actor) {
        Enrolment enrolment = get(enrolmentId);
        enrolment.expire(actor, clock.instant());
        return enrolments.save(enrolment);
    }

    @Transactional
    public CohortCounts closeRecruitment(long operationId) {
        Operation operation = operations.closeRecruitment(operationId);
        return counts(operation);
    }

    @Transactional
    public void extendRecruitment(long operationId) {
        operations.extendRecruitment(operationId);
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
        Enrolment enrolment = get(enrolmentId);
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
                        mails.promoted(operation, participantOf(next));
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
                    mails.operationCancelled(operation, participantOf(enrolment));
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
        Enrolment enrolment = get(enrolmentId);
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
        Enrolment enrolment = get(enrolmentId);
        enrolment.recordAbsenceFollowUp(comment.strip(), actor, clock.instant());
        return enrolments.save(enrolment);
    }


    /**
     * The cohort against its target, and whether recruitment may still be extended: once only, and only if a meeting
     * held on the operation's today would leave the answers due before the first workshop.
     */
    @Transactional(readOnly = true)
    public CohortCounts counts(Operation operation) {
        boolean timeLeft = !deadlineAfterMeetingOn(operation, calendar.today(operation))
                .isAfter(calendar.dayStart(operation, operation.getWorkshopDates().get(0)));
        return new CohortCounts(enrolments.countByOperationIdAndStatus(operation.getId(), EnrolmentStatus.ENROLLED),
                enrolments.countByOperationIdAndStatus(operation.getId(), EnrolmentStatus.WAITING_LIST),
                operation.getTargetGroupSize(), !operation.isRecruitmentExtended() && timeLeft);
    }

    /** True once the cohort has as many participants as its target. */
    @Transactional(readOnly = true)
    public boolean targetReached(long operationId) {
        return enrolments.countByOperationIdAndStatus(operationId, EnrolmentStatus.ENROLLED) >= operations.get(operationId).getTargetGroupSize();
    }

    private Instant deadlineAfterMeetingOn(Operation operation, LocalDate infoMeetingDate) {
        return timers.recruitmentDecisionDelay().after(calendar.dayStart(operation, infoMeetingDate));
    }

    /** The enrolled participants of an operation, for attendance sheets and reminders. */
    @Transactional(readOnly = true)
    public List<CohortMember> enrolled(long operationId) {
        return members(enrolments.findByOperationIdAndStatusOrderById(operationId, EnrolmentStatus.ENROLLED));
    }

    /** The cohort's participants: enrolled, then completed once the action has ended; for what is recorded about them. */
    @Transactional(readOnly = true)
    public List<CohortMember> participants(long operationId) {
        return members(enrolments.findByOperationIdOrderById(operationId).stream()
                .filter(enrolment -> enrolment.getStatus() == EnrolmentStatus.ENROLLED || enrolment.getStatus() == EnrolmentStatus.COMPLETED)
                .toList());
    }

    /** Every candidate of the operation with their enrolment, for its counsellors and managers. */
    @Transactional(readOnly = true)
    public List<CohortMember> members(long operationId) {
        return members(enrolments.findByOperationIdOrderById(operationId));
    }

    /** The participant's France Travail id: how tasks name a participant without personal data. */
    @Transactional(readOnly = true)
    public String franceTravailIdOf(long enrolmentId) {
        return participantOf(get(enrolmentId)).getFranceTravailId();
    }

    /** These enrolments with their participants, in enrolment order. */
    @Transactional(readOnly = true)
    public List<CohortMember> members(Collection<Long> enrolmentIds) {
        return members(enrolments.findAllById(enrolmentIds).stream().sorted(Comparator.comparing(Enrolment::getId)).toList());
    }

    @Transactional(readOnly = true)
    public CohortMember member(long enrolmentId) {
        Enrolment enrolment = get(enrolmentId);
        return new CohortMember(enrolment, participantOf(enrolment));
    }

    private List<CohortMember> members(List<Enrolment> list) {
        Map<Long, Participant> byId = participants.findAllById(list.stream().map(Enrolment::getParticipantId).toList()).stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));
        return list.stream().map(enrolment -> new CohortMember(enrolment, byId.get(enrolment.getParticipantId()))).toList();
    }

    private Enrolment get(long enrolmentId) {
        return enrolments.findById(enrolmentId).orElseThrow(() -> new NotFoundException("Inscription inconnue : " + enrolmentId));
    }

    private Participant participantOf(Enrolment enrolment) {
        return participants.findById(enrolment.getParticipantId()).orElseThrow();
    }

    /** Invitations to send: the candidates' enrolment ids and the date by which they must answer. */
    public record Recruitment(List<Long> candidateIds, Instant deadline) {
    }

    /** The cohort's size against its target, what {@code cohort-readiness} decides on. */
    public record CohortCounts(int enrolled, int waitingList, int target, boolean extensionAvailable) {
    }

    /** An enrolment with its participant. */
    public record CohortMember(Enrolment enrolment, Participant participant) {
    }
}
