package fr.francetravail.aae.partnership;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNERSHIP_OUTCOME;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.PARTNER_COMMENT;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.PARTNER_DECISION;

import fr.francetravail.aae.operation.OperationProcess.PartnershipOutcome;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of « Examiner la convention »: the partner's answer is stored; a refusal ends the partnership. */
@Component
class ConventionReviewedListener implements TaskListener {

    private final ConventionService conventions;

    ConventionReviewedListener(ConventionService conventions) {
        this.conventions = conventions;
    }

    @Override
    public void notify(DelegateTask task) {
        PartnerDecision decision = ProcessGlue.onBehalfOfForm(() -> ProcessGlue.choice(task, PARTNER_DECISION, PartnerDecision.class));
        String comment = decision == PartnerDecision.ACCEPTED ? null : ProcessGlue.text(task, PARTNER_COMMENT);
        Convention convention = ProcessGlue.onBehalfOfForm(() -> conventions.answer(ProcessGlue.longValue(task, OPERATION_ID),
                decision, comment, ProcessGlue.actor(task)));
        if (convention.getStatus() == ConventionStatus.DECLINED) {
            task.getExecution().setVariable(PARTNERSHIP_OUTCOME, PartnershipOutcome.DECLINED.name());
        }
    }
}
