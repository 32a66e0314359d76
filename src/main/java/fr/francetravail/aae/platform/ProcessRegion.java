package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.Region;
import java.util.Optional;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * How a feature tells the region of a process instance it starts from the instance's start variables (its own or a
 * Tasklist start form's), for {@link RegionTenants}. Empty when the variables name no region: the instance then belongs
 * to no region, and its start listener refuses it if it should.
 */
public interface ProcessRegion {

    Optional<Region> regionOf(VariableMap startVariables);
}
