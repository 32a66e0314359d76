package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.operation.OperationProcess.Variables.CANDIDATES;
import static fr.francetravail.aae.operation.OperationProcess.Variables.INFO_MEETING_DATE;

import fr.francetravail.aae.cohort.PriorityPublicsRule.PriorityProfile;
import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.operation.OperationStatus;
import fr.francetravail.aae.operation.ProposeOperationCommand;
import fr.francetravail.aae.platform.AaeTimers;
import fr.francetravail.aae.platform.WorkingTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment, phase 2: candidates added by counsellors, the information meeting and its invitations, each candidate's
 * answer and consent, priority publics, a place or the waiting list, and the cohort against its target. Participants'
 * personal data stays in the cohort's tables; processes get enrolment ids.
 */
@Service
public class RecruitmentService {

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
    private final WorkingTime workingTime;

    RecruitmentService(ParticipantRepository participants, EnrolmentRepository enrolments, OperationService operations, PriorityPublicsRule priorityPublics, InputValidator validator, CohortMails mails, AaeTimers timers, OperationCalendar calendar, Clock clock, WorkingTime workingTime) {
        this.participants = participants;
        this.enrolments = enrolments;
        this.operations = operations;
        this.priorityPublics = priorityPublics;
        this.validator = validator;
        this.mails = mails;
        this.timers = timers;
        this.calendar = calendar;
        this.clock = clock;
        this.workingTime = workingTime;
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
     * Opens recruitment for every candidate not invited yet, the information meeting on a working day unless
     * {@code nonWorkingDayConfirmed}; answers are due {@code recruitment-decision-delay} after
     * the information meeting's day, the last day to answer a working day ({@link WorkingTime#deadline}). The first round needs at least one candidate; an extension may add none.
     */
    @Transactional
    public Recruitment openRecruitment(long operationId, LocalDate infoMeetingDate, boolean nonWorkingDayConfirmed) {
        Operation operation = operations.lock(operationId);
        List<Long> candidateIds = enrolments.findByOperationIdAndStatusOrderById(operationId, EnrolmentStatus.CANDIDATE).stream()
                .map(Enrolment::getId).toList();
        if (candidateIds.isEmpty() && !operation.isRecruitmentExtended()) {
            throw new InvalidInputException(CANDIDATES, "ajoutez au moins un candidat avant d'envoyer les invitations");
        }
        if (infoMeetingDate == null) {
            throw new InvalidInputException(INFO_MEETING_DATE, "est obligatoire");
        }
        Operation opened = operations.openRecruitment(operationId, infoMeetingDate, nonWorkingDayConfirmed,
                deadlineAfterMeetingOn(operation, infoMeetingDate));
        return new Recruitment(candidateIds, opened.getRecruitmentDeadline());
    }

    /** The candidate's invitation to the information meeting. */
    @Transactional
    public Enrolment invite(long enrolmentId, String actor) {
        Enrolment enrolment = enrolments.require(enrolmentId);
        enrolment.invite(actor, clock.instant());
        mails.invitation(operations.get(enrolment.getOperationId()), participants.of(enrolment));
        return enrolments.save(enrolment);
    }

    @Transactional
    public Enrolment decide(long enrolmentId, CandidateDecision decision, boolean consent, String actor) {
        Enrolment enrolment = enrolments.require(enrolmentId);
        enrolment.decide(decision, consent, actor, clock.instant());
        return enrolments.save(enrolment);
    }

    /** Tags the candidate with the priority publics the DMN table {@code priority-publics} finds on today's facts. */
    @Transactional
    public Enrolment tagPriorityPublics(long enrolmentId) {
        Enrolment enrolment = enrolments.require(enrolmentId);
        Participant participant = participants.of(enrolment);
        LocalDate today = LocalDate.now(clock);
        enrolment.tagPriorityPublics(priorityPublics.publicsOf(new PriorityProfile(participant.registrationMonthsOn(today),
                participant.ageIn(today), participant.isRsaBeneficiary(), participant.isQpvResident(), participant.isRecognisedDisability())));
        return enrolments.save(enrolment);
    }

    /** A place while the cohort is below its target, else the waiting list; competing placements go one at a time. */
    @Transactional
    public Enrolment place(long enrolmentId, String actor) {
        Enrolment enrolment = enrolments.require(enrolmentId);
        Operation operation = operations.lock(enrolment.getOperationId());
        boolean placeAvailable = enrolments.countByOperationIdAndStatus(operation.getId(), EnrolmentStatus.ENROLLED) < operation.getTargetGroupSize();
        enrolment.place(placeAvailable, actor, clock.instant());
        if (enrolment.isEnrolled()) {
            mails.enrolled(operation, participants.of(enrolment));
        } else {
            mails.waitingList(operation, participants.of(enrolment));
        }
        return enrolments.save(enrolment);
    }

    /** No answer by the recruitment deadline: not enrolled. */
    @Transactional
    public Enrolment expire(long enrolmentId, String actor) {
        Enrolment enrolment = enrolments.require(enrolmentId);
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

    /**
     * True once the cohort has as many participants as its target. Locks the operation's row to the end of the caller's
     * transaction: the places reported at the same instant (the last candidates accepting together, on one node or
     * several) are reported one after the other, so that the first tells the operation and the next find it no longer
     * waiting, instead of all telling it at once and all but one failing on the operation.
     */
    @Transactional
    public boolean targetReached(long operationId) {
        Operation operation = operations.lock(operationId);
        return enrolments.countByOperationIdAndStatus(operationId, EnrolmentStatus.ENROLLED) >= operation.getTargetGroupSize();
    }

    private Instant deadlineAfterMeetingOn(Operation operation, LocalDate infoMeetingDate) {
        return workingTime.deadline(timers.recruitmentDecisionDelay().after(calendar.dayStart(operation, infoMeetingDate)));
    }

    /** Invitations to send: the candidates' enrolment ids and the date by which they must answer. */
    public record Recruitment(List<Long> candidateIds, Instant deadline) {
    }

    /** The cohort's size against its target, what {@code cohort-readiness} decides on. */
    public record CohortCounts(int enrolled, int waitingList, int target, boolean extensionAvailable) {
    }
}
