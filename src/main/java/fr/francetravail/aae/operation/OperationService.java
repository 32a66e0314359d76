package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.AGENCY_CODE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_EMPLOYER_MEETING_DATE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.INFO_MEETING_DATE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_SLUG;

import fr.francetravail.aae.agency.Agency;
import fr.francetravail.aae.agency.AgencyService;
import fr.francetravail.aae.common.FrenchDates;
import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.notification.NotificationService;
import fr.francetravail.aae.partner.CulturalPartner;
import fr.francetravail.aae.partner.PartnerService;
import fr.francetravail.aae.platform.AaeTimers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Proposal and life-cycle state of operations. */
@Service
public class OperationService {

    /** How far ahead an operation may be planned: the programme plans the coming year, two at most. */
    static final Period PLANNING_HORIZON = Period.ofYears(2);

    private final OperationRepository operations;
    private final OperationReferences references;
    private final AgencyService agencies;
    private final PartnerService partners;
    private final InputValidator validator;
    private final OperationWorkflow workflow;
    private final ActionReviewRepository reviews;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final AaeTimers timers;
    private final OperationCalendar calendar;
    private final Clock clock;

    OperationService(OperationRepository operations, OperationReferences references, AgencyService agencies,
            PartnerService partners, InputValidator validator, OperationWorkflow workflow, ActionReviewRepository reviews,
            NotificationService notifications, ApplicationEventPublisher events, AaeTimers timers, OperationCalendar calendar,
            Clock clock) {
        this.operations = operations;
        this.references = references;
        this.agencies = agencies;
        this.partners = partners;
        this.validator = validator;
        this.workflow = workflow;
        this.reviews = reviews;
        this.notifications = notifications;
        this.events = events;
        this.timers = timers;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Registers the operation and starts its process, in one transaction; the process attaches itself at its start. */
    @Transactional
    public Operation propose(ProposeOperationCommand command, Viewer proposer) {
        Operation operation = validatedOperation(command, proposer);
        workflow.start(operation);
        return operation;
    }

    /** Registers a proposal whose process is already starting (Tasklist start form), attached to it. */
    @Transactional
    public Operation register(ProposeOperationCommand command, Viewer proposer) {
        Operation operation = validatedOperation(command, proposer);
        return attachProcess(operation.getId(), operation.getReference());
    }

    /** Attaches the starting process; refused for an operation that has one, so a start cannot hijack an operation. */
    @Transactional
    public Operation attachProcess(long operationId, String businessKey) {
        Operation operation = get(operationId);
        operation.attachProcess(businessKey);
        return operations.save(operation);
    }

    /** Validates and stores a proposal; every fault is reported at once. */
    private Operation validatedOperation(ProposeOperationCommand command, Viewer proposer) {
        List<FieldViolation> violations = new ArrayList<>(validator.violations(command));
        Optional<Agency> agency = agencies.find(command.agencyCode());
        if (command.agencyCode() != null && !command.agencyCode().isBlank() && agency.isEmpty()) {
            violations.add(new FieldViolation(AGENCY_CODE, "agence inconnue : « " + command.agencyCode() + " »"));
        } else if (agency.isPresent() && !proposer.seesEverything() && !proposer.isMemberOfAgency(command.agencyCode())) {
            violations.add(new FieldViolation(AGENCY_CODE, "vous n'êtes pas rattaché(e) à l'agence « " + command.agencyCode() + " »"));
        }
        if (command.partnerSlug() != null && !command.partnerSlug().isBlank() && partners.find(command.partnerSlug()).isEmpty()) {
            violations.add(new FieldViolation(PARTNER_SLUG, "structure culturelle inconnue : « " + command.partnerSlug() + " »"));
        }
        violations.addAll(scheduleViolations(command, LocalDate.now(clock)));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String reference = references.next(LocalDate.now(clock).getYear(), agency.orElseThrow().getRegion());
        return operations.save(new Operation(reference, command, proposer.userId(), clock.instant()));
    }

    /**
     * Dates in the future but within the {@link #PLANNING_HORIZON}, workshops in order, the employer meeting after the
     * last workshop.
     */
    private static List<FieldViolation> scheduleViolations(ProposeOperationCommand command, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate latest = today.plus(PLANNING_HORIZON);
        List<LocalDate> dates = command.workshopDates() == null ? List.of() : command.workshopDates();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            LocalDate previous = i > 0 ? dates.get(i - 1) : null;
            if (date != null && !date.isAfter(today)) {
                violations.add(new FieldViolation("workshopDates[" + i + "]", "doit être une date future (" + date.format(FrenchDates.SHORT) + ")"));
            } else if (date != null && date.isAfter(latest)) {
                violations.add(new FieldViolation("workshopDates[" + i + "]", beyondHorizon(date, latest)));
            } else if (date != null && previous != null && !date.isAfter(previous)) {
                violations.add(new FieldViolation("workshopDates[" + i + "]",
                        "doit être postérieure à l'atelier précédent (" + previous.format(FrenchDates.SHORT) + ")"));
            }
        }
        LocalDate meeting = command.employerMeetingDate();
        LocalDate lastWorkshop = dates.isEmpty() ? null : dates.get(dates.size() - 1);
        if (meeting != null && !meeting.isAfter(today)) {
            violations.add(new FieldViolation(FORM_EMPLOYER_MEETING_DATE, "doit être une date future (" + meeting.format(FrenchDates.SHORT) + ")"));
        } else if (meeting != null && meeting.isAfter(latest)) {
            violations.add(new FieldViolation(FORM_EMPLOYER_MEETING_DATE, beyondHorizon(meeting, latest)));
        } else if (meeting != null && lastWorkshop != null && !meeting.isAfter(lastWorkshop)) {
            violations.add(new FieldViolation(FORM_EMPLOYER_MEETING_DATE,
                    "doit être postérieure au dernier atelier (" + lastWorkshop.format(FrenchDates.SHORT) + ")"));
        }
        return violations;
    }

    private static String beyondHorizon(LocalDate date, LocalDate latest) {
        return "ne peut pas être à plus de " + PLANNING_HORIZON.getYears() + " ans (" + date.format(FrenchDates.SHORT)
                + " ; au plus tard le " + latest.format(FrenchDates.SHORT) + ")";
    }

    @Transactional
    public void markAgreementSigned(long operationId) {
        change(operationId, o -> o.markAgreementSigned(clock.instant()));
    }

    /**
     * Opens recruitment: the information meeting is the operation's today or later, and the answers it calls for are due
     * before the first workshop's day begins, both in the days of the {@link OperationCalendar}.
     */
    @Transactional
    public Operation openRecruitment(long operationId, LocalDate infoMeetingDate, Instant deadline) {
        Operation operation = get(operationId);
        LocalDate firstWorkshop = operation.getWorkshopDates().get(0);
        if (infoMeetingDate.isBefore(calendar.today(operation))) {
            throw new InvalidInputException(INFO_MEETING_DATE, "doit être aujourd'hui ou plus tard (" + infoMeetingDate.format(FrenchDates.SHORT) + ")");
        }
        if (deadline.isAfter(calendar.dayStart(operation, firstWorkshop))) {
            throw new InvalidInputException(INFO_MEETING_DATE, "les réponses seraient attendues jusqu'au "
                    + calendar.dayOf(operation, deadline).format(FrenchDates.SHORT) + ", après le premier atelier ("
                    + firstWorkshop.format(FrenchDates.SHORT) + ") : avancez la réunion d'information");
        }
        return change(operationId, o -> o.openRecruitment(infoMeetingDate, deadline, clock.instant()));
    }

    @Transactional
    public Operation closeRecruitment(long operationId) {
        return change(operationId, o -> o.closeRecruitment(clock.instant()));
    }

    @Transactional
    public Operation extendRecruitment(long operationId) {
        return change(operationId, o -> o.extendRecruitment(clock.instant()));
    }

    @Transactional
    public Operation startWorkshops(long operationId) {
        return change(operationId, o -> o.startWorkshops(clock.instant()));
    }

    @Transactional
    public Operation completeWorkshops(long operationId) {
        return change(operationId, o -> o.completeWorkshops(clock.instant()));
    }

    @Transactional
    public Operation openEmployerMeeting(long operationId) {
        return change(operationId, o -> o.openEmployerMeeting(clock.instant()));
    }

    /**
     * The operation, locked until the caller's transaction ends: enrolments that compete for the last places of a
     * cohort are placed one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Operation lock(long operationId) {
        return operations.findForUpdateById(operationId).orElseThrow(() -> new NotFoundException("Opération inconnue : " + operationId));
    }

    private Operation change(long operationId, Consumer<Operation> transition) {
        Operation operation = get(operationId);
        transition.accept(operation);
        return operations.save(operation);
    }

    /** The employer meeting's results are in: the action ends on the operation's today. */
    @Transactional
    public Operation endAction(long operationId) {
        return change(operationId, o -> o.endAction(calendar.today(o), clock.instant()));
    }

    @Transactional
    public Operation startFollowUp(long operationId) {
        return change(operationId, o -> o.startFollowUp(clock.instant()));
    }

    @Transactional
    public Operation close(long operationId) {
        return change(operationId, o -> o.close(clock.instant()));
    }

    /** Cancels the operation; the partner is told, and so is every part of the service that holds some of it. */
    @Transactional
    public Operation cancel(long operationId, CancellationReason reason, String actor) {
        Operation operation = change(operationId, o -> o.cancel(reason, clock.instant()));
        CulturalPartner partner = partners.get(operation.getPartnerSlug());
        notifications.queue(operationId, partner.getContactEmail(), "Opération " + operation.getReference() + " annulée", """
                Bonjour %s,

                L'opération « L'Art d'accéder à l'emploi » %s (%s) est annulée%s. Les tâches qui vous restaient dans \
                Camunda Tasklist sont closes.

                France Travail
                """.formatted(partner.getContactName(), operation.getReference(), operation.getVenue(),
                reason == CancellationReason.MANAGER_DECISION ? " : " + operation.getCancellationComment() : ""));
        events.publishEvent(new OperationCancelled(operation, actor));
        return operation;
    }

    /**
     * A manager cancels the operation before the end of the action, with a reason; the process closes its tasks and
     * notifies the partner and the participants.
     */
    @Transactional
    public Operation requestCancellation(String reference, CancellationRequest request, Viewer manager) {
        validator.validate(request);
        Operation operation = get(reference, manager);
        operation.requestCancellation(request.reason().strip(), manager.userId(), clock.instant());
        Operation saved = operations.save(operation);
        workflow.cancel(saved);
        return saved;
    }

    /** A task of the operation was completed. */
    @Transactional
    public void recordProgress(long operationId) {
        operations.recordProgress(operationId, clock.instant());
    }

    /** Whether managers should hear that nothing moved for {@code aae.timers.inactivity-alert}; records the alert. */
    @Transactional
    public boolean raiseInactivityAlert(long operationId) {
        Operation operation = get(operationId);
        if (!operation.raiseInactivityAlert(timers.inactivityAlert(), clock.instant())) {
            return false;
        }
        operations.save(operation);
        return true;
    }

    /** Records the counsellor's bilan; written once. */
    @Transactional
    public ActionReview writeBilan(long operationId, BilanCommand bilan, String author) {
        validator.validate(bilan);
        if (reviews.findByOperationId(operationId).isPresent()) {
            throw new StateConflictException("Le bilan de l'opération " + get(operationId).getReference() + " est déjà rédigé");
        }
        return reviews.save(new ActionReview(operationId, bilan, author, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<ActionReview> bilan(long operationId) {
        return reviews.findByOperationId(operationId);
    }

    /** The variables its process routes on (phase, agency, partner, …), for a process started at a later activity. */
    @Transactional(readOnly = true)
    public Map<String, Object> processVariables(long operationId) {
        return workflow.variablesOf(get(operationId));
    }

    @Transactional(readOnly = true)
    public Operation get(long operationId) {
        return operations.findById(operationId).orElseThrow(() -> new NotFoundException("Opération inconnue : " + operationId));
    }

    /** The operation of this reference, for a caller that is not a user (a partner system's callback). */
    @Transactional(readOnly = true)
    public Optional<Operation> find(String reference) {
        return operations.findByReference(reference);
    }

    /** The operation if it exists and the viewer may see it; otherwise not found, so nothing leaks. */
    @Transactional(readOnly = true)
    public Operation get(String reference, Viewer viewer) {
        return operations.findByReference(reference).filter(operation -> isVisibleTo(operation, viewer))
                .orElseThrow(() -> new NotFoundException("Opération inconnue : " + reference));
    }

    /**
     * The operation for its staff: its agency's counsellors, managers and administrators, who may read its participants'
     * and employers' personal data; partners and AFDAS who see the operation are refused.
     */
    @Transactional(readOnly = true)
    public Operation getForStaff(String reference, Viewer viewer) {
        Operation operation = get(reference, viewer);
        if (!viewer.isStaffOf(operation.getAgencyCode())) {
            throw new AccessDeniedException("Réservé aux conseillers de l'agence de l'opération et aux managers");
        }
        return operation;
    }

    @Transactional(readOnly = true)
    public List<Operation> list(Viewer viewer) {
        return operations.findAllByOrderByReference().stream().filter(operation -> isVisibleTo(operation, viewer)).toList();
    }

    private static boolean isVisibleTo(Operation operation, Viewer viewer) {
        return viewer.seesEverything() || viewer.isMemberOfAgency(operation.getAgencyCode())
                || viewer.isMemberOfPartner(operation.getPartnerSlug());
    }
}
