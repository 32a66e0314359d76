package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.operation.OperationProcess.Variables.COHORT_COMMENT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.COHORT_VALIDATION;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;

import fr.francetravail.aae.common.InputValidator;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.operation.OperationProcess.CohortValidation;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of « Valider le groupe »: validated, the workshops begin; rejected (reason required), the operation ends. */
@Component
class CohortValidatedListener implements TaskListener {

    private final OperationService operations;

    CohortValidatedListener(OperationService operations) {
        this.operations = operations;
    }

    @Override
    public void notify(DelegateTask task) {
        CohortValidation validation = ProcessGlue.onBehalfOfForm(() -> ProcessGlue.choice(task, COHORT_VALIDATION, CohortValidation.class));
        if (validation == CohortValidation.VALIDATED) {
            ProcessGlue.onBehalfOfForm(() -> operations.startWorkshops(ProcessGlue.longValue(task, OPERATION_ID)));
        } else {
            String comment = ProcessGlue.text(task, COHORT_COMMENT);
            ProcessGlue.onBehalfOfForm(() -> {
                if (comment == null || comment.isBlank()) {
                    throw new InvalidInputException(COHORT_COMMENT, "le motif du refus est obligatoire");
                }
                InputValidator.requireAtMost(COHORT_COMMENT, comment, 2000);
                return comment;
            });
        }
    }
}
