package fr.francetravail.aae.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.platform.ProcessDeclarations;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Agency and partner groups in Camunda. A member reaches Tasklist and reads the definitions of the processes the
 * features open to Tasklist ({@link ProcessDeclarations#tasklistProcesses()}); the tasks
 * themselves become visible only through candidate groups, so one partner never sees another partner's tasks, and only
 * in the regions (tenants) the group or the user is a member of.
 */
@Component
class CamundaGroupDirectory implements GroupDirectory {

    static final String TASKLIST = "tasklist";

    private final EngineIdentity engine;
    private final ProcessDeclarations processes;

    CamundaGroupDirectory(EngineIdentity engine, ProcessDeclarations processes) {
        this.engine = engine;
        this.processes = processes;
    }

    @Override
    public void ensureGroup(String groupId, String name, Region region) {
        ensureGroup(groupId, name);
        joinRegion(groupId, region);
    }

    @Override
    public void joinRegion(String groupId, Region region) {
        engine.ensureTenantMembership(region.name(), groupId);
    }

    /** A group whose members work in Tasklist, in the regions they are given. */
    void ensureGroup(String groupId, String name) {
        engine.ensureGroup(groupId, name);
        engine.grant(groupId, APPLICATION, TASKLIST, ACCESS);
        processes.tasklistProcesses().stream().sorted().forEach(key -> engine.grant(groupId, PROCESS_DEFINITION, key, READ));
    }

    @Override
    public List<String> emailsOf(String groupId, Region region) {
        return engine.emailsOf(groupId, region.name());
    }
}
