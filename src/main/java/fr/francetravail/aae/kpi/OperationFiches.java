package fr.francetravail.aae.kpi;

import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.operation.OperationStatus;
import fr.francetravail.aae.platform.EngineSystem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link OperationFiche}: the operation's own dates, the tasks and timers of its processes (every process of
 * an operation carries its reference as business key), and, read-only from their tables like the KPIs' figures, its
 * mails, payment and enrolments.
 */
@Component
class OperationFiches {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Map<String, String> PAYMENT_STATES = Map.of("OPENED", "Dossier ouvert",
            "REQUIREMENTS_MISSING", "Pièces manquantes", "AWAITING_VALIDATION", "En attente de validation", "RETURNED",
            "Renvoyé au conseiller", "VALIDATED", "Validé, à transmettre à l'AFDAS", "SUBMITTED", "Transmis à l'AFDAS",
            "SETTLED", "Payé", "REJECTED", "Refusé par l'AFDAS");
    private static final Map<String, String> ENROLMENT_STATUSES = Map.of("CANDIDATE", "Candidats", "INVITED", "Invités",
            "ACCEPTED", "Ont accepté", "ENROLLED", "Inscrits", "WAITING_LIST", "Sur liste d'attente", "DECLINED", "Ont décliné",
            "NOT_ENROLLED", "Non retenus", "WITHDRAWN", "Sortis", "COMPLETED", "Parcours achevé");

    private final OperationService operations;
    private final OperationInstances instances;
    private final NamedParameterJdbcTemplate jdbc;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final EngineSystem system;
    private final Clock clock;

    OperationFiches(OperationService operations, OperationInstances instances, NamedParameterJdbcTemplate jdbc, TaskService tasks,
            RuntimeService runtime, ManagementService management, RepositoryService repository, EngineSystem system, Clock clock) {
        this.operations = operations;
        this.instances = instances;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.system = system;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    OperationFiche of(String reference, Viewer viewer) {
        Operation operation = operations.get(reference, viewer);
        Map<String, Object> id = Map.of("operation", operation.getId());
        List<OperationFiche.OpenTask> open = openTasks(operation.getReference());
        List<OperationFiche.Deadline> deadlines = new ArrayList<>(open.stream().filter(task -> task.due() != null)
                .map(task -> new OperationFiche.Deadline(task.name(), task.due(), "TASK")).toList());
        deadlines.addAll(timers(operation.getReference()));
        deadlines.sort(Comparator.comparing(OperationFiche.Deadline::due));
        List<OperationFiche.MailsSent> mails = jdbc.query("""
                select subject, count(*) sent, min(sent_at) first_sent, max(sent_at) last_sent from notification
                where operation_id = :operation and status = 'SENT' group by subject order by max(sent_at), subject""", id,
                (row, n) -> new OperationFiche.MailsSent(row.getString("subject"), row.getLong("sent"),
                        row.getTimestamp("first_sent").toInstant(), row.getTimestamp("last_sent").toInstant()));
        OperationFiche.Payment payment = jdbc.query("select state, amount, settled_on from payment where operation_id = :operation", id,
                (row, n) -> new OperationFiche.Payment(row.getString("state"), PAYMENT_STATES.getOrDefault(row.getString("state"), row.getString("state")),
                        row.getBigDecimal("amount"), row.getObject("settled_on", LocalDate.class))).stream().findFirst().orElse(null);
        List<OperationFiche.Participants> participants = jdbc.query(
                "select status, count(*) people from enrolment where operation_id = :operation group by status order by status", id,
                (row, n) -> new OperationFiche.Participants(row.getString("status"),
                        ENROLMENT_STATUSES.getOrDefault(row.getString("status"), row.getString("status")), row.getLong("people")));
        return new OperationFiche(operation.getReference(), operation.getStatus().name(), PhaseLabels.of(operation.getStatus()),
                operation.getAgencyCode(), operation.getPartnerSlug(), instances.idOf(operation.getReference()), timeline(operation),
                deadlines, open, mails, payment, participants);
    }

    /** The operation's dates in the order of its life, each done once it is past (or recorded). */
    private List<OperationFiche.Milestone> timeline(Operation operation) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        List<OperationFiche.Milestone> steps = new ArrayList<>();
        steps.add(new OperationFiche.Milestone("Proposition", day(operation.getProposedAt()), true));
        if (operation.getInfoMeetingDate() != null) {
            steps.add(milestone("Réunion d'information", operation.getInfoMeetingDate(), today));
        }
        if (operation.getRecruitmentDeadline() != null) {
            steps.add(milestone("Fin du recrutement", day(operation.getRecruitmentDeadline()), today));
        }
        List<LocalDate> workshops = operation.getWorkshopDates();
        IntStream.range(0, workshops.size()).forEach(n -> steps.add(milestone("Atelier " + (n + 1), workshops.get(n), today)));
        steps.add(milestone("Rencontre avec les employeurs", operation.getEmployerMeetingDate(), today));
        if (operation.getActionEndedOn() != null) {
            steps.add(new OperationFiche.Milestone("Fin de l'action", operation.getActionEndedOn(), true));
        }
        if (operation.getClosedAt() != null) {
            steps.add(new OperationFiche.Milestone(operation.getStatus() == OperationStatus.CANCELLED ? "Annulation" : "Clôture",
                    day(operation.getClosedAt()), true));
        }
        steps.sort(Comparator.comparing(OperationFiche.Milestone::date));
        return steps;
    }

    private List<OperationFiche.OpenTask> openTasks(String reference) {
        return system.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference).orderByTaskCreateTime().asc().list()
                .stream().map(task -> new OperationFiche.OpenTask(task.getName(), task.getAssignee(), candidateGroups(task),
                        task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant()))
                .toList());
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    /** The timers waiting in the operation's processes, named after the event that waits. */
    private List<OperationFiche.Deadline> timers(String reference) {
        return system.call(() -> {
            Set<String> processes = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                    .map(ProcessInstance::getId).collect(Collectors.toSet());
            return processes.isEmpty() ? List.of() : management.createJobQuery().timers().processInstanceIds(processes).list().stream()
                    .filter(job -> job.getDuedate() != null)
                    .flatMap(job -> deadline(job).stream()).toList();
        });
    }

    /** A timer's deadline, named after its event; none for a repeating timer (a periodic check, not a deadline). */
    private Optional<OperationFiche.Deadline> deadline(Job job) {
        String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
        FlowElement element = repository.getBpmnModelInstance(job.getProcessDefinitionId()).getModelElementById(activity);
        if (element == null || element.getChildElementsByType(TimerEventDefinition.class).stream().anyMatch(timer -> timer.getTimeCycle() != null)) {
            return Optional.empty();
        }
        String name = element.getName() == null || element.getName().isBlank() ? "Échéance" : element.getName();
        return Optional.of(new OperationFiche.Deadline(name, job.getDuedate().toInstant(), "TIMER"));
    }

    private static OperationFiche.Milestone milestone(String label, LocalDate date, LocalDate today) {
        return new OperationFiche.Milestone(label, date, !date.isAfter(today));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, PARIS);
    }
}
