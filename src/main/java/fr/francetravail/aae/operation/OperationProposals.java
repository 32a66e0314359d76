package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.AGENCY_CODE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_EMPLOYER_MEETING_DATE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_SLUG;

import fr.francetravail.aae.agency.Agency;
import fr.francetravail.aae.agency.AgencyService;
import fr.francetravail.aae.common.FrenchDates;
import fr.francetravail.aae.common.FrenchOrder;
import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.common.WorkingDays;
import fr.francetravail.aae.partner.CulturalPartner;
import fr.francetravail.aae.partner.PartnerService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counsellor's proposal of an operation, through {@code /api} or Tasklist's start form: checked all at once (one of
 * the proposer's agencies, a cultural structure of that agency's region, schedule within the planning horizon and on
 * working days unless confirmed), given its reference, and its process started or attached. The start form offers
 * exactly those agencies and structures ({@link #choicesFor}).
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

    /**
     * What the start form offers {@code proposer}: the agencies they may propose for (their own; every agency for a
     * manager) and the cultural structures of those agencies' regions, each by name.
     */
    @Transactional(readOnly = true)
    public Choices choicesFor(Viewer proposer) {
        List<Agency> theirs = agencies.list().stream().filter(agency -> mayProposeFor(proposer, agency))
                .sorted(Comparator.comparing(Agency::getName, FrenchOrder.NAMES)).toList();
        List<CulturalPartner> hosts = partners.list().stream().filter(partner -> theirs.stream().anyMatch(agency -> mayHost(partner, agency)))
                .sorted(Comparator.comparing(CulturalPartner::getName, FrenchOrder.NAMES)).toList();
        return new Choices(theirs, hosts);
    }

    /** The agencies and cultural structures a proposer may choose. */
    public record Choices(List<Agency> agencies, List<CulturalPartner> partners) {
    }

    /** A counsellor proposes for the agencies they belong to; a manager or an administrator for any. */
    private static boolean mayProposeFor(Viewer proposer, Agency agency) {
        return proposer.managesRegion(agency.getRegion()) || proposer.isMemberOfAgency(agency.getCode());
    }

    /** An operation takes place in its agency's region (its reference names that region). */
    private static boolean mayHost(CulturalPartner partner, Agency agency) {
        return partner.getRegion() == agency.getRegion();
    }

    /** Validates and stores a proposal; every fault is reported at once. */
    private Operation validatedOperation(ProposeOperationCommand command, Viewer proposer) {
        List<FieldViolation> violations = new ArrayList<>(validator.violations(command));
        Optional<Agency> agency = agencies.find(command.agencyCode());
        if (command.agencyCode() != null && !command.agencyCode().isBlank() && agency.isEmpty()) {
            violations.add(new FieldViolation(AGENCY_CODE, "agence inconnue : « " + command.agencyCode() + " »"));
        } else if (agency.isPresent() && !mayProposeFor(proposer, agency.get())) {
            violations.add(new FieldViolation(AGENCY_CODE, "vous n'êtes pas rattaché(e) à l'agence « " + command.agencyCode() + " »"));
        }
        Optional<CulturalPartner> partner = partners.find(command.partnerSlug());
        if (command.partnerSlug() != null && !command.partnerSlug().isBlank() && partner.isEmpty()) {
            violations.add(new FieldViolation(PARTNER_SLUG, "structure culturelle inconnue : « " + command.partnerSlug() + " »"));
        } else if (partner.isPresent() && agency.isPresent() && !mayHost(partner.get(), agency.get())) {
            violations.add(new FieldViolation(PARTNER_SLUG, "la structure « " + partner.get().getName() + " » est en "
                    + partner.get().getRegion().label() + ", hors de la région de l'agence (" + agency.get().getRegion().label() + ")"));
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
                violations.add(new FieldViolation("workshopDates[" + i + "]", notWorked(date, "les dates")));
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
            violations.add(new FieldViolation(FORM_EMPLOYER_MEETING_DATE, notWorked(meeting, "les dates")));
        }
        return violations;
    }

    /** « Le 14/07/2027 est un jour férié (Fête nationale) : … », with what to do: confirm {@code dates} (« les dates »). */
    static String notWorked(LocalDate date, String dates) {
        return "Le " + date.format(FrenchDates.SHORT) + " est " + WorkingDays.nonWorkingReason(date)
                + " : choisissez un jour ouvré, ou confirmez " + dates + " hors jours ouvrés";
    }

    private static String beyondHorizon(LocalDate date, LocalDate latest) {
        return "ne peut pas être à plus de " + PLANNING_HORIZON.getYears() + " ans (" + date.format(FrenchDates.SHORT)
                + " ; au plus tard le " + latest.format(FrenchDates.SHORT) + ")";
    }
}
