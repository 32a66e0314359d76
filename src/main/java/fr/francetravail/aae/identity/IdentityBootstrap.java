package fr.francetravail.aae.identity;

import static fr.francetravail.aae.common.Viewer.AFDAS;
import static fr.francetravail.aae.common.Viewer.COUNSELLORS;
import static fr.francetravail.aae.common.Viewer.MANAGERS;
import static fr.francetravail.aae.common.Viewer.NATIONAL;
import static fr.francetravail.aae.common.Viewer.OBSERVERS;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.platform.ProcessDeclarations;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups of the programme, what each may open and see, the regions (one Camunda tenant each) and the shared Tasklist
 * filters. Runs at every start-up and only adds what is missing, in every profile. A manager or an observer is made a
 * member of their region's tenant in Camunda Admin (Users › the user › Tenants); national steering and AFDAS are members
 * of every region through their group.
 */
@Component
class IdentityBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    /** Shared filters of earlier versions, replaced by « À faire » and « Mes opérations ». */
    private static final List<String> OBSOLETE_FILTERS = List.of("Mes tâches", "Tâches de mon groupe");

    private final EngineIdentity engine;
    private final CamundaGroupDirectory groups;
    private final FilterService filters;
    private final TaskService tasks;
    private final ProcessDeclarations processes;

    IdentityBootstrap(EngineIdentity engine, CamundaGroupDirectory groups, FilterService filters, TaskService tasks, ProcessDeclarations processes) {
        this.engine = engine;
        this.groups = groups;
        this.filters = filters;
        this.tasks = tasks;
        this.processes = processes;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void setUp() {
        groups.ensureGroup(COUNSELLORS, "Conseillers France Travail");
        groups.ensureGroup(MANAGERS, "Managers et référents régionaux");
        groups.ensureGroup(AFDAS, "Gestionnaires AFDAS");
        groups.ensureGroup(NATIONAL, "Pilotage national");
        // observers read the dashboard, reached through Tasklist's login: no process, task or Cockpit access
        engine.ensureGroup(OBSERVERS, "Observateurs régionaux (DRAC)");
        engine.grant(OBSERVERS, APPLICATION, CamundaGroupDirectory.TASKLIST, ACCESS);
        // one tenant per region; national groups are members of every one, a regional manager or observer of theirs
        Arrays.stream(Region.values()).forEach(region -> {
            engine.ensureTenant(region.name(), region.label());
            engine.ensureTenantMembership(region.name(), NATIONAL);
            engine.ensureTenantMembership(region.name(), AFDAS);
        });

        processes.startableByGroup().forEach((group, keys) -> {
            // who may start a process reads its definition and start form: Tasklist lists it under « Démarrer un processus »
            keys.stream().sorted().forEach(key -> engine.grant(group, PROCESS_DEFINITION, key, READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
            engine.grant(group, PROCESS_INSTANCE, Authorization.ANY, CREATE);
        });

        Stream.of(MANAGERS, NATIONAL).forEach(group -> {
            // every instance, as far as the tenant check lets them: their regions for managers, all for national steering
            engine.grant(group, APPLICATION, "cockpit", ACCESS);
            engine.grant(group, PROCESS_DEFINITION, Authorization.ANY, READ, Permissions.READ_HISTORY, Permissions.READ_INSTANCE);
            engine.grant(group, PROCESS_INSTANCE, Authorization.ANY, READ);
            engine.grant(group, DECISION_DEFINITION, Authorization.ANY, READ, Permissions.READ_HISTORY);
            engine.grant(group, DEPLOYMENT, Authorization.ANY, READ);
        });

        OBSOLETE_FILTERS.forEach(this::removeSharedFilter);
        filter("À faire", "Mes tâches et celles de mon agence, de ma structure ou de mon équipe que personne n'a prises, par échéance", -20,
                tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}").taskCandidateGroupInExpression("${currentUserGroups()}").endOr());
        filter("En retard", "Mes tâches et celles de mon groupe non prises dont l'échéance est passée", -10,
                tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}").taskCandidateGroupInExpression("${currentUserGroups()}").endOr()
                        .dueBeforeExpression("${now()}"));
        filter("Mes opérations", "Toutes les tâches ouvertes des opérations de mon agence, de ma structure ou de mon équipe, prises ou non", 0,
                tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}").taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().endOr());
        log.info("Groupes, autorisations et filtres Tasklist en place");
    }

    private void removeSharedFilter(String name) {
        engine.asSystem(() -> {
            shared(name).forEach(filter -> filters.deleteFilter(filter.getId()));
            return null;
        });
    }

    /** The shared filters of this name (no owner); a user's own filter of the same name is theirs and left alone. */
    private Stream<Filter> shared(String name) {
        return filters.createFilterQuery().filterName(name).list().stream().filter(filter -> filter.getOwner() == null);
    }

    /** The features' declared columns, as Tasklist reads them from a filter's properties. */
    private List<Map<String, String>> columns() {
        return processes.taskColumns().stream().map(column -> Map.of("name", column.variable(), "label", column.label())).toList();
    }

    private void filter(String name, String description, int priority, TaskQuery query) {
        engine.asSystem(() -> {
            Filter filter = shared(name).findFirst().orElseGet(() -> filters.newTaskFilter(name).setOwner(null));
            filter.setQuery(query.orderByDueDate().asc());
            filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true, "variables", columns()));
            filters.saveFilter(filter);
            engine.grantEveryone(FILTER, filter.getId(), READ);
            return null;
        });
    }
}
