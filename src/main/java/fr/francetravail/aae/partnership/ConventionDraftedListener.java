package fr.francetravail.aae.partnership;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.LUMP_SUM;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.OBJECTIVES;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.PARTNER_COMMENT;
import static fr.francetravail.aae.partnership.PartnershipProcess.Variables.WORKSHOP_PLAN;

import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of « Rédiger la convention »: the draft is stored and submitted to the partner. The partner's previous
 * request for changes, now answered, leaves the process so the next review starts blank.
 */
@Component
class ConventionDraftedListener implements TaskListener {

    private final ConventionService conventions;

    ConventionDraftedListener(ConventionService conventions) {
        this.conventions = conventions;
    }

    @Override
    public void notify(DelegateTask task) {
        ConventionDraft draft = new ConventionDraft(ProcessGlue.text(task, OBJECTIVES), ProcessGlue.text(task, WORKSHOP_PLAN),
                (int) ProcessGlue.longValue(task, LUMP_SUM));
        ProcessGlue.onBehalfOfForm(() -> conventions.draft(ProcessGlue.longValue(task, OPERATION_ID), draft, ProcessGlue.actor(task)));
        task.getExecution().removeVariable(PARTNER_COMMENT);
    }
}
