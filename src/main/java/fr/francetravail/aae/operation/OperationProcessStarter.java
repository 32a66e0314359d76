package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.AGENCY_CODE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_ID;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_REFERENCE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_NAME;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_SLUG;
import static fr.francetravail.aae.operation.OperationProcess.Variables.TARGET_GROUP_SIZE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.VENUE;

import fr.francetravail.aae.partner.PartnerService;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts {@code aae-operation} for a registered operation, with the variables every phase routes on. */
@Component
class OperationProcessStarter implements OperationWorkflow {

    private final RuntimeService runtime;
    private final PartnerService partners;

    OperationProcessStarter(RuntimeService runtime, PartnerService partners) {
        this.runtime = runtime;
        this.partners = partners;
    }

    @Override
    public void start(Operation operation) {
        runtime.startProcessInstanceByKey(OperationProcess.KEY, operation.getReference(), variablesOf(operation));
    }

    Map<String, Object> variablesOf(Operation operation) {
        return Variables.createVariables()
                .putValue(OPERATION_ID, operation.getId())
                .putValue(OPERATION_REFERENCE, operation.getReference())
                .putValue(AGENCY_CODE, operation.getAgencyCode())
                .putValue(PARTNER_SLUG, operation.getPartnerSlug())
                .putValue(PARTNER_NAME, partners.get(operation.getPartnerSlug()).getName())
                .putValue(VENUE, operation.getVenue())
                .putValue(TARGET_GROUP_SIZE, operation.getTargetGroupSize());
    }
}
