package fr.francetravail.aae.partnership;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNERSHIP_OUTCOME;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.ESCALATION_COMMENT;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.ESCALATION_DECISION;

import fr.francetravail.aae.operation.OperationProcess.PartnershipOutcome;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of « Traiter la convention sans réponse »: relaunch the partner or abandon the partnership. */
@Component
class PartnershipEscalationListener implements TaskListener {

    private final ConventionService conventions;

    PartnershipEscalationListener(ConventionService conventions) {
        this.conventions = conventions;
    }

    @Override
    public void notify(DelegateTask task) {
        Convention convention = ProcessGlue.onBehalfOfForm(() -> conventions.escalate(ProcessGlue.longValue(task, OPERATION_ID),
                ProcessGlue.choice(task, ESCALATION_DECISION, EscalationDecision.class), ProcessGlue.text(task, ESCALATION_COMMENT),
                ProcessGlue.actor(task)));
        task.getExecution().removeVariable(ESCALATION_COMMENT);
        if (convention.getStatus() == ConventionStatus.ABANDONED) {
            task.getExecution().setVariable(PARTNERSHIP_OUTCOME, PartnershipOutcome.ABANDONED.name());
        }
    }
}
