package fr.francetravail.aae.operation;

import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.Viewer;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 15, the upgrade to regions as Camunda tenants ({@code platform/RegionTenants}): what was started
 * before it belongs to no tenant, which the engine shows to every user allowed to see it, whatever their region. Once,
 * in the upgrade's transaction:
 * <ul>
 * <li>the region tenants, and the agencies' and partners' groups as members of their region's tenant (a partner's also of
 * the regions of the operations it hosts), as the service does for new ones;</li>
 * <li>every process instance of an operation, running or ended, with everything that hangs from it (executions, tasks,
 * their candidates, variables, jobs, external tasks, incidents, event subscriptions, and all its history, decisions
 * included), in the tenant of the region its root instance's business key names ({@code AAE-2025-HDF-0001}).</li>
 * </ul>
 * On a new database the engine's tables are not there yet, or empty: nothing to do. Managers and observers are given
 * their region by an administrator (Camunda Admin): a manager in no region sees nothing.
 */
@Component
class RegionTenantsMigration implements JavaMigration {

    /** Runtime tables and the column naming their process instance. */
    private static final Map<String, String> RUNTIME = Map.of("ACT_RU_EXECUTION", "PROC_INST_ID_", "ACT_RU_TASK", "PROC_INST_ID_",
            "ACT_RU_VARIABLE", "PROC_INST_ID_", "ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_", "ACT_RU_INCIDENT", "PROC_INST_ID_",
            "ACT_RU_EXT_TASK", "PROC_INST_ID_", "ACT_RU_JOB", "PROCESS_INSTANCE_ID_");
    /** History tables, all naming their root process instance. */
    private static final List<String> HISTORY = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
            "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_HI_OP_LOG", "ACT_HI_INCIDENT",
            "ACT_HI_JOB_LOG", "ACT_HI_EXT_TASK_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("15");
    }

    @Override
    public String getDescription() {
        return "process instances and groups in their region's tenant";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        assignRegions(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }

    /** The upgrade on this connection; does nothing to what already has its tenant. */
    void assignRegions(JdbcTemplate jdbc) {
        if (!engineTablesExist(jdbc)) {
            return;
        }
        for (Region region : Region.values()) {
            String tenant = region.name();
            jdbc.update("insert into ACT_ID_TENANT (ID_, REV_, NAME_) select ?, 1, ? where not exists (select 1 from ACT_ID_TENANT where ID_ = ?)",
                    tenant, region.label(), tenant);
            String operations = "AAE-____-" + tenant + "-____";
            String roots = "select ID_ from ACT_HI_PROCINST where ID_ = ROOT_PROC_INST_ID_ and BUSINESS_KEY_ like ?";
            String runtimeInstances = "select e.ID_ from ACT_RU_EXECUTION e join ACT_RU_EXECUTION r on r.ID_ = e.ROOT_PROC_INST_ID_"
                    + " where e.ID_ = e.PROC_INST_ID_ and r.BUSINESS_KEY_ like ?";
            // the candidates of tasks first, found by their tasks while these have no tenant yet
            jdbc.update("update ACT_RU_IDENTITYLINK set TENANT_ID_ = ? where TENANT_ID_ is null and TASK_ID_ in"
                    + " (select ID_ from ACT_RU_TASK where PROC_INST_ID_ in (" + runtimeInstances + "))", tenant, operations);
            RUNTIME.entrySet().stream().filter(table -> !table.getKey().equals("ACT_RU_EXECUTION")).forEach(table -> jdbc.update(
                    "update " + table.getKey() + " set TENANT_ID_ = ? where TENANT_ID_ is null and " + table.getValue() + " in ("
                            + runtimeInstances + ")", tenant, operations));
            // the executions last: the others are found through them
            jdbc.update("update ACT_RU_EXECUTION set TENANT_ID_ = ? where TENANT_ID_ is null and PROC_INST_ID_ in (select ID_ from ("
                    + runtimeInstances + ") i)", tenant, operations);
            HISTORY.stream().filter(table -> !table.equals("ACT_HI_PROCINST")).forEach(table -> jdbc.update("update " + table
                    + " set TENANT_ID_ = ? where TENANT_ID_ is null and ROOT_PROC_INST_ID_ in (" + roots + ")", tenant, operations));
            jdbc.update("update ACT_HI_PROCINST set TENANT_ID_ = ? where TENANT_ID_ is null and ROOT_PROC_INST_ID_ in (select ID_ from ("
                    + roots + ") i)", tenant, operations);
        }
        List<Map<String, Object>> memberships = jdbc.queryForList("""
                select '%1$s' || code as group_id, region_code from agency
                union select '%2$s' || slug, region_code from cultural_partner
                union select '%2$s' || partner_slug, substring(reference from 10 for 3) from operation"""
                .formatted(Viewer.AGENCY_GROUP_PREFIX, Viewer.PARTNER_GROUP_PREFIX));
        for (Map<String, Object> membership : memberships) {
            String group = (String) membership.get("group_id");
            String tenant = (String) membership.get("region_code");
            jdbc.update("insert into ACT_ID_TENANT_MEMBER (ID_, TENANT_ID_, GROUP_ID_) select ?, ?, ? where exists"
                    + " (select 1 from ACT_ID_GROUP where ID_ = ?) and exists (select 1 from ACT_ID_TENANT where ID_ = ?) and not exists"
                    + " (select 1 from ACT_ID_TENANT_MEMBER where TENANT_ID_ = ? and GROUP_ID_ = ?)",
                    UUID.randomUUID().toString(), tenant, group, group, tenant, tenant, group);
        }
    }

    private static boolean engineTablesExist(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    if (tables.getString("TABLE_NAME").equalsIgnoreCase("ACT_ID_TENANT_MEMBER")) {
                        return true;
                    }
                }
                return false;
            }
        }));
    }
}
