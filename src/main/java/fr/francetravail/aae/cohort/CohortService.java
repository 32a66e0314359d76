package fr.francetravail.aae.cohort;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in an operation's cohort, as other features read it: candidates and participants with their enrolment, by
 * operation or by enrolment id, and a participant's France Travail id (how tasks name someone without personal data).
 */
@Service
public class CohortService {

    private final ParticipantRepository participants;
    private final EnrolmentRepository enrolments;

    CohortService(ParticipantRepository participants, EnrolmentRepository enrolments) {
        this.participants = participants;
        this.enrolments = enrolments;
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
        return participants.of(enrolments.require(enrolmentId)).getFranceTravailId();
    }

    /** These enrolments with their participants, in enrolment order. */
    @Transactional(readOnly = true)
    public List<CohortMember> members(Collection<Long> enrolmentIds) {
        return members(enrolments.findAllById(enrolmentIds).stream().sorted(Comparator.comparing(Enrolment::getId)).toList());
    }

    @Transactional(readOnly = true)
    public CohortMember member(long enrolmentId) {
        Enrolment enrolment = enrolments.require(enrolmentId);
        return new CohortMember(enrolment, participants.of(enrolment));
    }

    private List<CohortMember> members(List<Enrolment> list) {
        Map<Long, Participant> byId = participants.findAllById(list.stream().map(Enrolment::getParticipantId).toList()).stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));
        return list.stream().map(enrolment -> new CohortMember(enrolment, byId.get(enrolment.getParticipantId()))).toList();
    }

    /** An enrolment with its participant. */
    public record CohortMember(Enrolment enrolment, Participant participant) {
    }
}
