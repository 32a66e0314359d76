package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Signaler le groupe complet »: when this place fills the cohort, the operation waiting for its recruitment to end
 * hears it now rather than at the deadline. Later places, or an operation already past that point, change nothing.
 */
@Component
class ReportPlaceTakenDelegate implements JavaDelegate {

    private final RecruitmentService recruitment;
    private final RuntimeService runtime;

    ReportPlaceTakenDelegate(RecruitmentService recruitment, RuntimeService runtime) {
        this.recruitment = recruitment;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (recruitment.targetReached(ProcessGlue.longValue(execution, OPERATION_ID))) {
            runtime.createMessageCorrelation(OperationProcess.MESSAGE_COHORT_TARGET_REACHED)
                    .processInstanceBusinessKey(execution.getProcessBusinessKey()).correlateAllWithResult();
        }
    }
}
