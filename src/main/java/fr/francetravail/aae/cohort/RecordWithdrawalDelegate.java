package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.cohort.EnrolmentProcess.Variables.FRANCE_TRAVAIL_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_REFERENCE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WITHDRAWAL_REASON;

import fr.francetravail.aae.platform.FormFields;
import fr.francetravail.aae.platform.ProcessGlue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Enregistrer l'abandon » of {@code aae-withdrawal}: the withdrawal, checked and recorded by
 * {@link ParticipationService} like {@code POST /api/operations/{ref}/enrolments/{id}/withdrawal}; the place goes to the
 * waiting list. The reason is removed from the instance once handed to the domain.
 */
@Component
class RecordWithdrawalDelegate implements JavaDelegate {

    private final ParticipationService participation;

    RecordWithdrawalDelegate(ParticipationService participation) {
        this.participation = participation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = ProcessGlue.text(execution, OPERATION_REFERENCE);
        ProcessGlue.onBehalfOfStartForm(FormFields.SAME, OPERATION_REFERENCE, () -> participation.withdraw(reference,
                ProcessGlue.text(execution, FRANCE_TRAVAIL_ID), ProcessGlue.text(execution, WITHDRAWAL_REASON), ProcessGlue.viewer()));
        execution.removeVariable(WITHDRAWAL_REASON);
        execution.setProcessBusinessKey(reference.strip());
    }
}
