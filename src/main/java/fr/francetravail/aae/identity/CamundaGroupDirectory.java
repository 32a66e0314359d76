package fr.francetravail.aae.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import fr.francetravail.aae.cohort.EnrolmentProcess;
import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.outcome.OutcomeFollowUpProcess;
import fr.francetravail.aae.partnership.PartnershipProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Agency and partner groups in Camunda. A member reaches Tasklist and reads the process definitions; the tasks
 * themselves become visible only through candidate groups, so one partner never sees another partner's tasks.
 */
@Component
class CamundaGroupDirectory implements GroupDirectory {

    static final String TASKLIST = "tasklist";

    private final EngineIdentity engine;

    CamundaGroupDirectory(EngineIdentity engine) {
        this.engine = engine;
    }

    @Override
    public void ensureGroup(String groupId, String name) {
        engine.ensureGroup(groupId, name);
        engine.grant(groupId, APPLICATION, TASKLIST, ACCESS);
        engine.grant(groupId, PROCESS_DEFINITION, OperationProcess.KEY, READ);
        engine.grant(groupId, PROCESS_DEFINITION, PartnershipProcess.KEY, READ);
        engine.grant(groupId, PROCESS_DEFINITION, EnrolmentProcess.KEY, READ);
        engine.grant(groupId, PROCESS_DEFINITION, OutcomeFollowUpProcess.KEY, READ);
    }

    @Override
    public List<String> emailsOf(String groupId) {
        return engine.emailsOf(groupId);
    }
}
