package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.AGENCY_CODE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_EMPLOYER_MEETING_DATE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_SLUG;

import fr.francetravail.aae.agency.Agency;
import fr.francetravail.aae.agency.AgencyService;
import fr.francetravail.aae.common.FrenchDates;
import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.common.WorkingDays;
import fr.francetravail.aae.partner.PartnerService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counsellor's proposal of an operation, through {@code /api} or Tasklist's start form: checked all at once (agency,
 * cultural structure, schedule within the planning horizon and on working days unless confirmed), given its reference,
 * and its process started or attached.
 */
@Service
public class OperationProposals {

    /** How far ahead an operation may be planned: the programme plans the coming year, two at most. */
    static final Period PLANNING_HORIZON = Period.ofYears(2);

    private final OperationRepository operations;
    private final OperationReferences references;
    private final AgencyService agencies;
    private final PartnerService partners;
    private final InputValidator validator;
    private final OperationWorkflow workflow;
    private final OperationService lifecycle;
    private final Clock clock;

    OperationProposals(OperationRepository operations, OperationReferences references, AgencyService agencies,
            PartnerService partners, InputValidator validator, OperationWorkflow workflow, OperationService lifecycle,
            Clock clock) {
        this.operations = operations;
        this.references = references;
        this.agencies = agencies;
        this.partners = partners;
        this.validator = validator;
        this.workflow = workflow;
        this.lifecycle = lifecycle;
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
        return lifecycle.attachProcess(operation.getId(), operation.getReference());
    }

    /** Validates and stores a proposal; every fault is reported at once. */
    private Operation validatedOperation(ProposeOperationCommand command, Viewer proposer) {
        List<FieldViolation> violations = new ArrayList<>(validator.violations(command));
        Optional<Agency> agency = agencies.find(command.agencyCode());
        if (command.agencyCode() != null && !command.agencyCode().isBlank() && agency.isEmpty()) {
            violations.add(new FieldViolation(AGENCY_CODE, "agence inconnue : « " + command.agencyCode() + " »"));
        } else if (agency.isPresent() && !proposer.managesRegion(agency.get().getRegion()) && !proposer.isMemberOfAgency(command.agencyCode())) {
            violations.add(new FieldViolation(AGENCY_CODE, "vous n'êtes pas rattaché(e) à l'agence « " + command.agencyCode() + " »"));
        }
        if (command.partnerSlug() != null && !command.partnerSlug().isBlank() && partners.find(command.partnerSlug()).isEmpty()) {
            violations.add(new FieldViolation(PARTNER_SLUG, "structure culturelle inconnue : « " + command.partnerSlug() + " »"));
        }
        violations.addAll(scheduleViolations(command, LocalDate.now(clock)));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Region region = agency.orElseThrow().getRegion();
        String reference = references.next(LocalDate.now(clock).getYear(), region);
        partners.hostIn(command.partnerSlug(), region);
        return operations.save(new Operation(reference, command, proposer.userId(), clock.instant()));
    }

    /**
     * Dates in the future but within the {@link #PLANNING_HORIZON}, workshops in order, the employer meeting after the
     * last workshop; each on a working day ({@link WorkingDays}) unless the proposal confirms the others.
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
            } else if (date != null && !command.nonWorkingDaysConfirmed() && !WorkingDays.isWorkingDay(date)) {
                violations.add(new FieldViolation("workshopDates[" + i + "]", notWorked(date)));
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
        } else if (meeting != null && !command.nonWorkingDaysConfirmed() && !WorkingDays.isWorkingDay(meeting)) {
            violations.add(new FieldViolation(FORM_EMPLOYER_MEETING_DATE, notWorked(meeting)));
        }
        return violations;
    }

    /** « Le 14/07/2027 est un jour férié (Fête nationale) : … », with what to do. */
    private static String notWorked(LocalDate date) {
        return "Le " + date.format(FrenchDates.SHORT) + " est " + WorkingDays.nonWorkingReason(date)
                + " : choisissez un jour ouvré, ou confirmez les dates hors jours ouvrés";
    }

    private static String beyondHorizon(LocalDate date, LocalDate latest) {
        return "ne peut pas être à plus de " + PLANNING_HORIZON.getYears() + " ans (" + date.format(FrenchDates.SHORT)
                + " ; au plus tard le " + latest.format(FrenchDates.SHORT) + ")";
    }
}
