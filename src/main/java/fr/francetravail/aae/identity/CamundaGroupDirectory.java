package fr.francetravail.aae.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import fr.francetravail.aae.platform.ProcessDeclarations;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Agency and partner groups in Camunda. A member reaches Tasklist and reads the definitions of the processes the
 * features open to Tasklist ({@link ProcessDeclarations#tasklistProcesses()}); the tasks
 * themselves become visible only through candidate groups, so one partner never sees another partner's tasks.
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
    public void ensureGroup(String groupId, String name) {
        engine.ensureGroup(groupId, name);
        engine.grant(groupId, APPLICATION, TASKLIST, ACCESS);
        processes.tasklistProcesses().stream().sorted().forEach(key -> engine.grant(groupId, PROCESS_DEFINITION, key, READ));
    }

    @Override
    public List<String> emailsOf(String groupId) {
        return engine.emailsOf(groupId);
    }
}
