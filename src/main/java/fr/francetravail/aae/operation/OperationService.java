package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.INFO_MEETING_DATE;

import fr.francetravail.aae.common.FrenchDates;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.common.WorkingDays;
import fr.francetravail.aae.platform.AaeTimers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The life-cycle state of operations: each phase's transition, progress and inactivity, and who sees which. */
@Service
public class OperationService {

    private final OperationRepository operations;
    private final OperationWorkflow workflow;
    private final AaeTimers timers;
    private final OperationCalendar calendar;
    private final Clock clock;

    OperationService(OperationRepository operations, OperationWorkflow workflow, AaeTimers timers, OperationCalendar calendar, Clock clock) {
        this.operations = operations;
        this.workflow = workflow;
        this.timers = timers;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Attaches the starting process; refused for an operation that has one, so a start cannot hijack an operation. */
    @Transactional
    public Operation attachProcess(long operationId, String businessKey) {
        Operation operation = get(operationId);
        operation.attachProcess(businessKey);
        return operations.save(operation);
    }

    @Transactional
    public void markAgreementSigned(long operationId) {
        change(operationId, o -> o.markAgreementSigned(clock.instant()));
    }

    /**
     * Opens recruitment: the information meeting is the operation's today or later, on a working day unless confirmed
     * (as the proposal's dates), and the answers it calls for are due before the first workshop's day begins, both in
     * the days of the {@link OperationCalendar}.
     */
    @Transactional
    public Operation openRecruitment(long operationId, LocalDate infoMeetingDate, boolean nonWorkingDayConfirmed, Instant deadline) {
        Operation operation = get(operationId);
        LocalDate firstWorkshop = operation.getWorkshopDates().get(0);
        if (infoMeetingDate.isBefore(calendar.today(operation))) {
            throw new InvalidInputException(INFO_MEETING_DATE, "doit être aujourd'hui ou plus tard (" + infoMeetingDate.format(FrenchDates.SHORT) + ")");
        }
        if (!nonWorkingDayConfirmed && !WorkingDays.isWorkingDay(infoMeetingDate)) {
            throw new InvalidInputException(INFO_MEETING_DATE, OperationProposals.notWorked(infoMeetingDate, "la date"));
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

    /** The operation ends cancelled (see {@link OperationCancellations}). */
    @Transactional
    public Operation cancel(long operationId, CancellationReason reason) {
        return change(operationId, o -> o.cancel(reason, clock.instant()));
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

    /**
     * The operation if it exists and the viewer may see it (their agency's, their partner's, their region's as a manager,
     * any as national steering, AFDAS or an administrator); otherwise not found, so nothing leaks.
     */
    @Transactional(readOnly = true)
    public Operation get(String reference, Viewer viewer) {
        return operations.findByReference(reference).filter(operation -> isVisibleTo(operation, viewer))
                .orElseThrow(() -> new NotFoundException("Opération inconnue : " + reference));
    }

    /**
     * The operation for its staff: its agency's counsellors, its region's managers, national steering and administrators,
     * who may read its participants'
     * and employers' personal data; partners and AFDAS who see the operation are refused.
     */
    @Transactional(readOnly = true)
    public Operation getForStaff(String reference, Viewer viewer) {
        Operation operation = get(reference, viewer);
        if (!viewer.isStaffOf(operation.getAgencyCode(), operation.getRegion())) {
            throw new AccessDeniedException("Réservé aux conseillers de l'agence de l'opération et aux managers de sa région");
        }
        return operation;
    }

    @Transactional(readOnly = true)
    public List<Operation> list(Viewer viewer) {
        return operations.findAllByOrderByReference().stream().filter(operation -> isVisibleTo(operation, viewer)).toList();
    }

    /** The operations whose action has not ended ({@link OperationStatus#ACTION_RUNNING}) that the viewer sees. */
    @Transactional(readOnly = true)
    public List<Operation> running(Viewer viewer) {
        return operations.findByStatusInOrderByReference(OperationStatus.ACTION_RUNNING).stream()
                .filter(operation -> isVisibleTo(operation, viewer)).toList();
    }

    private static boolean isVisibleTo(Operation operation, Viewer viewer) {
        return viewer.seesOperationsOf(operation.getRegion()) || viewer.isMemberOfAgency(operation.getAgencyCode())
                || viewer.isMemberOfPartner(operation.getPartnerSlug());
    }
}
