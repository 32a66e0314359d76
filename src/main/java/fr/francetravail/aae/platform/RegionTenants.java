package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.Region;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Regions as Camunda tenants: every process instance belongs to the tenant of its operation's region (id: the region's
 * code, {@code HDF}), with the definitions shared (deployed without tenant). A called instance (call activity) belongs
 * to its caller's tenant; any other instance to the region a feature reads from its start variables
 * ({@link ProcessRegion}); a decision evaluated by a process to that process's tenant. Jobs, external tasks, incidents,
 * tasks and history take their instance's tenant, so the engine's tenant check shows a user only the regions they are
 * a member of (the camunda-admin group excepted), in Tasklist, Cockpit and {@code /engine-rest}. The job executor runs a
 * job with its tenant as the only authentication (no user id): {@link ProcessGlue} counts that as the engine acting.
 */
@Component
class RegionTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

    /** Looked up when an instance starts: the features' beans need the engine, which needs this plugin first. */
    private final ObjectProvider<ProcessRegion> regions;

    RegionTenants(ObjectProvider<ProcessRegion> regions) {
        this.regions = regions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        DelegateExecution caller = context.getSuperExecution();
        if (caller != null) {
            return caller.getTenantId();
        }
        return regions.orderedStream().map(region -> region.regionOf(context.getVariables())).flatMap(Optional::stream)
                .findFirst().map(Region::name).orElse(null);
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() == null ? null : context.getExecution().getTenantId();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }
}
