package fr.francetravail.aae.employermeeting;

import static fr.francetravail.aae.operation.OperationProcess.Variables.EMPLOYERS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.MEETING_RESULTS;

import fr.francetravail.aae.cohort.CohortMails;
import fr.francetravail.aae.cohort.CohortService;
import fr.francetravail.aae.cohort.CohortService.CohortMember;
import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.notification.NotificationService;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.operation.OperationStatus;
import fr.francetravail.aae.operation.ProposeOperationCommand;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phase 4, the employer meeting in the venue: the companies and their job offers, the reminder to participants and
 * employers, then each enrolled participant's results. Contact persons and participants stay in the domain tables;
 * processes get operation and enrolment ids.
 */
@Service
public class EmployerMeetingService {

    /** While employers may be registered: from the workshops until the meeting's results. */
    /**
     * Companies one employer meeting may receive: a group of 15 at most meets them in one venue in one day, so twenty
     * companies already make more interviews than a participant can have.
     */
    static final int MAX_EMPLOYERS = 20;
    static final Set<OperationStatus> REGISTRATION_OPEN = Set.of(OperationStatus.WORKSHOPS, OperationStatus.WORKSHOPS_COMPLETED,
            OperationStatus.EMPLOYER_MEETING);

    private static final Logger log = LoggerFactory.getLogger(EmployerMeetingService.class);

    private final EmployerRepository employers;
    private final MeetingResultRepository results;
    private final EmployerMeetingReminderRepository reminders;
    private final OperationService operations;
    private final CohortService cohort;
    private final CohortMails participantMails;
    private final NotificationService notifications;
    private final InputValidator validator;
    private final OperationCalendar calendar;
    private final Clock clock;

    EmployerMeetingService(EmployerRepository employers, MeetingResultRepository results, EmployerMeetingReminderRepository reminders,
            OperationService operations, CohortService cohort, CohortMails participantMails, NotificationService notifications,
            InputValidator validator, OperationCalendar calendar, Clock clock) {
        this.employers = employers;
        this.results = results;
        this.reminders = reminders;
        this.operations = operations;
        this.cohort = cohort;
        this.participantMails = participantMails;
        this.notifications = notifications;
        this.validator = validator;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The workshops are over: the operation enters the employer meeting's phase (again on a retried job: no change). */
    @Transactional
    public Operation open(long operationId) {
        Operation operation = operations.lock(operationId);
        return operation.getStatus() == OperationStatus.EMPLOYER_MEETING ? operation : operations.openEmployerMeeting(operationId);
    }

    /**
     * Registers the batch's companies with their job offers, all or none: every fault of every entry is reported at once.
     * A company (same SIRET, or same name when it has none) is registered once per operation, and a meeting receives
     * {@value #MAX_EMPLOYERS} companies at most (a batch beyond is refused before its entries are read).
     */
    @Transactional
    public List<Employer> register(long operationId, RequestBatch<EmployerRequest> batch, String actor) {
        Operation operation = operations.lock(operationId);
        if (!REGISTRATION_OPEN.contains(operation.getStatus())) {
            throw new StateConflictException("Les entreprises s'inscrivent pendant les ateliers et jusqu'à la rencontre avec les employeurs ; "
                    + "l'opération " + operation.getReference() + " est à l'étape " + operation.getStatus());
        }
        int already = employers.countByOperationId(operationId);
        if (already + batch.requests().size() > MAX_EMPLOYERS) {
            throw new InvalidInputException(EMPLOYERS, MAX_EMPLOYERS + " entreprises au plus par rencontre : " + already
                    + " déjà inscrites, " + batch.requests().size() + " de plus refusées");
        }
        List<FieldViolation> violations = employerViolations(operationId, batch);
        if (batch.requests().isEmpty()) {
            violations.add(new FieldViolation(EMPLOYERS, "aucune entreprise à inscrire"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        return batch.requests().stream().map(request -> employers.save(new Employer(operationId, request, actor, now))).toList();
    }

    private List<FieldViolation> employerViolations(long operationId, RequestBatch<EmployerRequest> batch) {
        Map<String, String> registered = employers.findByOperationIdOrderById(operationId).stream()
                .collect(Collectors.toMap(Employer::getCompanyKey, Employer::getCompanyName));
        Map<String, Integer> firstIndexOfKey = new HashMap<>();
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < batch.requests().size(); i++) {
            EmployerRequest request = batch.requests().get(i);
            if (request == null) {
                violations.add(new FieldViolation(batch.field(i, null), "entreprise vide"));
                continue;
            }
            int index = i;
            validator.violations(request).forEach(v -> violations.add(new FieldViolation(batch.field(index, v.field()), v.message())));
            for (int offer = 0; offer < request.offers().size(); offer++) {
                if (request.offers().get(offer) == null) {
                    violations.add(new FieldViolation(batch.field(i, "offers[" + offer + "]"), "offre vide"));
                }
            }
            if (request.companyName() == null || request.companyName().isBlank()) {
                continue;
            }
            String key = request.companyKey();
            String property = request.siret() != null ? "siret" : "companyName";
            Integer first = firstIndexOfKey.putIfAbsent(key, i);
            if (registered.containsKey(key)) {
                violations.add(new FieldViolation(batch.field(i, property), "l'entreprise « " + registered.get(key)
                        + " » est déjà inscrite à cette rencontre"));
            } else if (first != null) {
                violations.add(new FieldViolation(batch.field(i, property), "entreprise en double (déjà en " + batch.field(first, null) + ")"));
            }
        }
        return violations;
    }

    @Transactional(readOnly = true)
    public List<Employer> employers(long operationId) {
        return employers.findByOperationIdOrderById(operationId);
    }

    /**
     * The reminder before the meeting, once per operation: to every enrolled participant and to each employer's contact.
     * None for a meeting already past; a second call (a retried job, a path taken twice) sends nothing.
     */
    @Transactional
    public void remind(long operationId) {
        Operation operation = operations.lock(operationId);
        if (reminders.findByOperationId(operationId).isPresent()) {
            log.info("Rencontre employeurs de {} : rappel déjà envoyé", operation.getReference());
            return;
        }
        if (operation.getEmployerMeetingDate().isBefore(calendar.today(operation))) {
            log.warn("Rencontre employeurs de {} déjà passée ({}) : pas de rappel", operation.getReference(), operation.getEmployerMeetingDate());
            return;
        }
        List<CohortMember> participants = cohort.enrolled(operationId);
        participants.forEach(member -> participantMails.employerMeetingReminder(operation, member.participant()));
        List<Employer> registered = employers.findByOperationIdOrderById(operationId);
        registered.forEach(employer -> notifications.queue(operationId, employer.getContactEmail(),
                "Rappel : rencontre avec les participants de « L'Art d'accéder à l'emploi », " + CohortMails.day(operation.getEmployerMeetingDate()), """
                Bonjour %s,

                Nous vous rappelons la rencontre avec les participants de « L'Art d'accéder à l'emploi », %s (lieu : %s), \
                où vous présenterez vos offres (%d poste(s)) à %d participant(s).
                Pour toute question, contactez votre conseiller(ère) France Travail.

                Opération %s.
                France Travail
                """.formatted(employer.getContactName(), CohortMails.day(operation.getEmployerMeetingDate()),
                participantMails.place(operation), employer.getPositions(), participants.size(), operation.getReference())));
        reminders.save(new EmployerMeetingReminder(operationId, participants.size(), registered.size(), clock.instant()));
    }

    /**
     * Every participant of the cohort (enrolled, or completed once the action has ended) with the results recorded so
     * far (none before the first recording).
     */
    @Transactional(readOnly = true)
    public List<ParticipantResult> results(long operationId) {
        Map<Long, MeetingResult> recorded = results.findByOperationId(operationId).stream()
                .collect(Collectors.toMap(MeetingResult::getEnrolmentId, Function.identity()));
        return cohort.participants(operationId).stream()
                .map(member -> new ParticipantResult(member, recorded.get(member.enrolment().getId()))).toList();
    }

    /**
     * The meeting's results, one entry per enrolled participant, all or none; recorded again, they replace the previous
     * ones. Unknown or not enrolled participants, duplicates and missing participants are refused, each named; a batch
     * longer than the largest group is refused before its entries are read.
     */
    @Transactional
    public List<MeetingResult> recordResults(long operationId, RequestBatch<MeetingResultRequest> batch, String actor) {
        Operation operation = operations.lock(operationId);
        if (operation.getStatus() != OperationStatus.EMPLOYER_MEETING) {
            throw new StateConflictException("Les résultats se saisissent après la rencontre avec les employeurs ; l'opération "
                    + operation.getReference() + " est à l'étape " + operation.getStatus());
        }
        Set<Long> enrolled = cohort.enrolled(operationId).stream().map(member -> member.enrolment().getId())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (batch.requests().size() > ProposeOperationCommand.MAX_GROUP_SIZE) {
            throw new InvalidInputException(MEETING_RESULTS, ProposeOperationCommand.MAX_GROUP_SIZE
                    + " lignes au plus (une par participant, d'un groupe de " + ProposeOperationCommand.MAX_GROUP_SIZE + " au plus) : "
                    + batch.requests().size() + " reçues");
        }
        List<FieldViolation> violations = new ArrayList<>();
        Map<Long, Integer> firstIndexOfId = new HashMap<>();
        for (int i = 0; i < batch.requests().size(); i++) {
            MeetingResultRequest request = batch.requests().get(i);
            if (request == null) {
                violations.add(new FieldViolation(batch.field(i, null), "ligne vide"));
                continue;
            }
            int index = i;
            validator.violations(request).forEach(v -> violations.add(new FieldViolation(batch.field(index, v.field()), v.message())));
            Long id = request.enrolmentId();
            if (id == null) {
                continue;
            }
            Integer first = firstIndexOfId.putIfAbsent(id, i);
            if (!enrolled.contains(id)) {
                violations.add(new FieldViolation(batch.field(i, "enrolmentId"), "l'inscription " + id + " n'est pas celle d'un participant de l'opération"));
            } else if (first != null) {
                violations.add(new FieldViolation(batch.field(i, "enrolmentId"), "inscription " + id + " en double (déjà en " + batch.field(first, null) + ")"));
            }
        }
        enrolled.stream().filter(id -> !firstIndexOfId.containsKey(id))
                .forEach(id -> violations.add(new FieldViolation(MEETING_RESULTS, "résultats manquants pour l'inscription " + id)));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<Long, MeetingResult> recorded = results.findByOperationId(operationId).stream()
                .collect(Collectors.toMap(MeetingResult::getEnrolmentId, Function.identity()));
        Instant now = clock.instant();
        return batch.requests().stream().map(request -> {
            MeetingResult result = recorded.getOrDefault(request.enrolmentId(), new MeetingResult(operationId, request.enrolmentId()));
            result.record(request, actor, now);
            return results.save(result);
        }).toList();
    }

    /** An enrolled participant and their results, if recorded. */
    public record ParticipantResult(CohortMember member, MeetingResult result) {
    }
}
