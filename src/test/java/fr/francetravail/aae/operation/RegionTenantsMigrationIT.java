package fr.francetravail.aae.operation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The upgrade to regions: an operation started before it (its instances, tasks, jobs and history without tenant, its
 * agency's and partner's groups in no region) is shown to every region's managers until the migration puts it back in its
 * region; then only its region's manager and its agency's counsellor see it, and running the migration again changes nothing.
 */
class RegionTenantsMigrationIT extends ServiceIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    /** The tables an instance started before regions had no tenant in (those the tenant check reads). */
    private static final List<String> BY_INSTANCE = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_EVENT_SUBSCR",
            "ACT_RU_EXT_TASK", "ACT_RU_INCIDENT");
    private static final List<String> BY_ROOT = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
            "ACT_HI_DETAIL", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_HI_JOB_LOG", "ACT_HI_IDENTITYLINK");

    @Autowired
    private RegionTenantsMigration migration;
    @Autowired
    private DataSource dataSource;

    @Test
    void anOperationStartedBeforeRegionsIsPutBackInItsRegion() {
        String reference = scenario("rgm-referent").agency(Agency.of("rgm-douai", "Douai"))
                .partner(Partner.of("rgm-chartreuse", "Musée de la Chartreuse", "59015000000107"))
                .counsellor("rgm-conseiller", "rgm-douai").userIn("HDF", "rgm-manager-hdf", "managers").userIn("ARA", "rgm-manager-ara", "managers")
                .propose("rgm-conseiller", Proposal.of("rgm-chartreuse", "rgm-douai", TODAY.plusDays(30))).reference();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        asBeforeRegions(jdbc, reference);
        Http otherRegion = as("rgm-manager-ara");
        Http counsellor = as("rgm-conseiller");
        assertThat(otherRegion.get("/engine-rest/process-instance?businessKey=" + reference).expect(200).json())
                .as("sans région, visible de toutes").isNotEmpty();

        migration.assignRegions(jdbc);

        assertThat(otherRegion.get("/engine-rest/process-instance?businessKey=" + reference).expect(200).json()).isEmpty();
        assertThat(otherRegion.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference).expect(200).json()).isEmpty();
        assertThat(as("rgm-manager-hdf").get("/engine-rest/process-instance?businessKey=" + reference).expect(200).json()).isNotEmpty();
        assertThat(tasks(counsellor, reference, "Task_DraftConvention")).as("son agence la voit dans sa région").hasSize(1);
        assertThat(as(ADMIN).get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference).expect(200).json()
                .findValuesAsText("tenantId")).isNotEmpty().containsOnly("HDF");
        for (String table : BY_ROOT) {
            assertThat(untenanted(jdbc, table, "ROOT_PROC_INST_ID_", reference)).as(table).isZero();
        }

        migration.assignRegions(jdbc);
        assertThat(tasks(counsellor, reference, "Task_DraftConvention")).hasSize(1);
    }

    /** What the database held for the operation before the upgrade: no tenant anywhere, its groups in no region. */
    private static void asBeforeRegions(JdbcTemplate jdbc, String reference) {
        String instances = "select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?";
        jdbc.update("update ACT_RU_IDENTITYLINK set TENANT_ID_ = null where TASK_ID_ in (select ID_ from ACT_RU_TASK where PROC_INST_ID_ in ("
                + instances + "))", reference);
        jdbc.update("update ACT_RU_JOB set TENANT_ID_ = null where PROCESS_INSTANCE_ID_ in (" + instances + ")", reference);
        BY_INSTANCE.forEach(table -> jdbc.update("update " + table + " set TENANT_ID_ = null where PROC_INST_ID_ in (" + instances + ")", reference));
        BY_ROOT.forEach(table -> jdbc.update("update " + table + " set TENANT_ID_ = null where ROOT_PROC_INST_ID_ in (" + instances + ")", reference));
        jdbc.update("delete from ACT_ID_TENANT_MEMBER where GROUP_ID_ in ('agence-rgm-douai', 'partenaire-rgm-chartreuse')");
        assertThat(untenanted(jdbc, "ACT_HI_PROCINST", "ROOT_PROC_INST_ID_", reference)).isPositive();
    }

    private static int untenanted(JdbcTemplate jdbc, String table, String column, String reference) {
        return jdbc.queryForObject("select count(*) from " + table + " where TENANT_ID_ is null and " + column
                + " in (select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?)", Integer.class, reference);
    }
}
