package fr.francetravail.aae.workshop;

import static fr.francetravail.aae.operation.OperationProcess.Variables.EXCUSED;
import static fr.francetravail.aae.operation.OperationProcess.Variables.UNEXCUSED;

import fr.francetravail.aae.cohort.CohortMails;
import fr.francetravail.aae.cohort.CohortService;
import fr.francetravail.aae.cohort.CohortService.CohortMember;
import fr.francetravail.aae.cohort.ParticipationService;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.notification.NotificationService;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.partner.CulturalPartner;
import fr.francetravail.aae.partner.PartnerService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workshop series: sessions in date order, reminders, attendance sheets and the absences they reveal. */
@Service
public class WorkshopService {

    /** Unexcused absences in a row that call for a counsellor's follow-up. */
    static final int ABSENCES_BEFORE_FOLLOW_UP = 2;

    private static final Logger log = LoggerFactory.getLogger(WorkshopService.class);

    private final WorkshopSessionRepository sessions;
    private final OperationService operations;
    private final ParticipationService participation;
    private final CohortService cohort;
    private final PartnerService partners;
    private final NotificationService notifications;
    private final CohortMails mails;
    private final OperationCalendar calendar;
    private final Clock clock;

    WorkshopService(WorkshopSessionRepository sessions, OperationService operations, ParticipationService participation, CohortService cohort, PartnerService partners,
            NotificationService notifications, CohortMails mails, OperationCalendar calendar, Clock clock) {
        this.sessions = sessions;
        this.operations = operations;
        this.participation = participation;
        this.cohort = cohort;
        this.partners = partners;
        this.notifications = notifications;
        this.mails = mails;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The sessions of the operation's planned workshops, in date order (created once). */
    @Transactional
    public List<Long> schedule(long operationId) {
        List<WorkshopSession> existing = sessions.findByOperationIdOrderBySequenceNumber(operationId);
        if (!existing.isEmpty()) {
            return existing.stream().map(WorkshopSession::getId).toList();
        }
        List<LocalDate> dates = operations.get(operationId).getWorkshopDates();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            ids.add(sessions.save(new WorkshopSession(operationId, i + 1, dates.get(i))).getId());
        }
        return ids;
    }

    /** Tomorrow's workshop, to every enrolled participant; none for a workshop already past (a cohort validated late). */
    @Transactional
    public void remindParticipants(long workshopId) {
        WorkshopSession session = get(workshopId);
        Operation operation = operations.get(session.getOperationId());
        if (session.getWorkshopDate().isBefore(calendar.today(operation))) {
            log.warn("Atelier {} de {} déjà passé ({}) : pas de rappel", session.getSequenceNumber(), operation.getReference(),
                    session.getWorkshopDate());
            return;
        }
        for (CohortMember member : cohort.enrolled(operation.getId())) {
            mails.workshopReminder(operation, member.participant(), session.getSequenceNumber(), session.getWorkshopDate());
        }
        session.reminded();
        sessions.save(session);
    }

    /** The workshop is over: its sheet opens for the participants enrolled now. */
    @Transactional
    public void openSheet(long workshopId) {
        WorkshopSession session = get(workshopId);
        session.openSheet(cohort.enrolled(session.getOperationId()).stream().map(member -> member.enrolment().getId())
                .collect(Collectors.toSet()));
        sessions.save(session);
    }

    /** Who the sheet is about, by name, for the partner. */
    @Transactional(readOnly = true)
    public List<CohortMember> sheetParticipants(long workshopId) {
        return cohort.members(get(workshopId).expectedParticipants());
    }

    /**
     * The partner's attendance sheet: every participant expected when it opened is present unless listed as excused
     * or unexcused. Returns the enrolments whose second unexcused absence in a row calls for a counsellor's follow-up.
     */
    @Transactional
    public List<Long> recordAttendance(long workshopId, Collection<Long> excused, Collection<Long> unexcused, String actor) {
        WorkshopSession session = get(workshopId);
        Set<Long> enrolled = session.expectedParticipants();
        requireAtMostTheSheet(EXCUSED, excused, enrolled);
        requireAtMostTheSheet(UNEXCUSED, unexcused, enrolled);
        List<FieldViolation> violations = new ArrayList<>();
        unknown(excused, enrolled).forEach(id -> violations.add(new FieldViolation(EXCUSED, "le participant " + id + " n'est pas sur cette feuille")));
        unknown(unexcused, enrolled).forEach(id -> violations.add(new FieldViolation(UNEXCUSED, "le participant " + id + " n'est pas sur cette feuille")));
        Set<Long> both = new HashSet<>(excused);
        both.retainAll(unexcused);
        both.forEach(id -> violations.add(new FieldViolation(UNEXCUSED, "le participant " + id + " ne peut pas être à la fois excusé et non excusé")));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Set<Attendance> sheet = enrolled.stream().map(id -> new Attendance(id,
                excused.contains(id) ? Presence.EXCUSED : unexcused.contains(id) ? Presence.UNEXCUSED : Presence.PRESENT))
                .collect(Collectors.toSet());
        session.recordAttendance(sheet, actor, clock.instant());
        sessions.save(session);
        return sheet.stream().filter(line -> participation.recordPresence(line.enrolmentId(), line.presence() == Presence.UNEXCUSED) == ABSENCES_BEFORE_FOLLOW_UP)
                .map(Attendance::enrolmentId).sorted().toList();
    }

    /** A list of the form longer than the sheet is refused before its ids are read. */
    private static void requireAtMostTheSheet(String field, Collection<Long> ids, Set<Long> sheet) {
        if (ids.size() > sheet.size()) {
            throw new InvalidInputException(field, sheet.size() + " participants au plus (ceux de la feuille) : " + ids.size() + " reçus");
        }
    }

    private static List<Long> unknown(Collection<Long> ids, Set<Long> enrolled) {
        return ids.stream().filter(id -> !enrolled.contains(id)).sorted().toList();
    }

    /** The sheet is late: the partner's contact is reminded. */
    @Transactional
    public void remindAttendance(long workshopId) {
        WorkshopSession session = get(workshopId);
        Operation operation = operations.get(session.getOperationId());
        CulturalPartner partner = partners.get(operation.getPartnerSlug());
        notifications.queue(operation.getId(), partner.getContactEmail(),
                "Feuille d'émargement en attente : atelier n° " + session.getSequenceNumber() + " de " + operation.getReference(), """
                Bonjour %s,

                La feuille d'émargement de l'atelier n° %d du %s (%s) n'est pas encore saisie. Merci de la compléter dans \
                Camunda Tasklist, tâche « Saisir la feuille d'émargement ».

                France Travail
                """.formatted(partner.getContactName(), session.getSequenceNumber(), CohortMails.day(session.getWorkshopDate()),
                operation.getReference()));
    }

    @Transactional
    public void completeSeries(long operationId) {
        operations.completeWorkshops(operationId);
    }

    @Transactional(readOnly = true)
    public List<WorkshopSession> sessionsOf(long operationId) {
        return sessions.findByOperationIdOrderBySequenceNumber(operationId);
    }

    private WorkshopSession get(long workshopId) {
        return sessions.findById(workshopId).orElseThrow(() -> new NotFoundException("Atelier inconnu : " + workshopId));
    }
}
