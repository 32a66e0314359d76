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
 * The region of a process started about an operation: that of its agency where the start names one (the operation's own
 * start, from {@code /api} or Tasklist's form, whose listener refuses an agency the user does not belong to), else the
 * one its reference names (a cancellation, a withdrawal, whose delegates refuse an operation the user may not act on). A
 * reference sent along with an agency, which the service replaces with its own, never decides the region.
 */
@Component
class OperationRegion implements ProcessRegion {

    private final AgencyService agencies;

    OperationRegion(AgencyService agencies) {
        this.agencies = agencies;
    }

    @Override
    public Optional<Region> regionOf(VariableMap startVariables) {
        if (startVariables.get(AGENCY_CODE) instanceof String agency) {
            return agencies.find(agency.trim()).map(Agency::getRegion);
        }
        return startVariables.get(OPERATION_REFERENCE) instanceof String reference ? Operation.regionOf(reference.trim()) : Optional.empty();
    }
}
