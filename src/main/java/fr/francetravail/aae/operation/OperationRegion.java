package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.AGENCY_CODE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.OPERATION_REFERENCE;

import fr.francetravail.aae.agency.Agency;
import fr.francetravail.aae.agency.AgencyService;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.platform.ProcessRegion;
import java.util.Optional;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The region of a process started about an operation: the one its reference names (the operation's own start, a
 * cancellation, a withdrawal), or, for an operation proposed in Tasklist, the region of the agency chosen in the form.
 */
@Component
class OperationRegion implements ProcessRegion {

    private final AgencyService agencies;

    OperationRegion(AgencyService agencies) {
        this.agencies = agencies;
    }

    @Override
    public Optional<Region> regionOf(VariableMap startVariables) {
        if (startVariables.get(OPERATION_REFERENCE) instanceof String reference) {
            return Operation.regionOf(reference.trim());
        }
        return startVariables.get(AGENCY_CODE) instanceof String agency ? agencies.find(agency.trim()).map(Agency::getRegion) : Optional.empty();
    }
}
