package fr.francetravail.aae.kpi;

import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.kpi.KpiReport.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations a report covers, as SQL over their figures: the most specific filter (operation, agency, region, none)
 * and the year of the operation's first planned workshop; at the national level, the regions of a viewer who does not
 * see them all ({@code within}, {@code null} for all). Each operation falls in exactly one child of the next level down.
 */
record KpiScope(Level level, Integer year, Region region, String agencyCode, Long operationId, String operationReference, String label,
        Set<Region> within) {

    static KpiScope national(Integer year) {
        return new KpiScope(Level.NATIONAL, year, null, null, null, null, "France entière" + yearSuffix(year), null);
    }

    /** The national level restricted to these regions (several: a single region is {@link #region}). */
    static KpiScope regions(Set<Region> regions, Integer year) {
        return new KpiScope(Level.NATIONAL, year, null, null, null, null, "Mes régions" + yearSuffix(year), Set.copyOf(regions));
    }

    static KpiScope region(Region region, Integer year) {
        return new KpiScope(Level.REGION, year, region, null, null, null, region.label() + yearSuffix(year), null);
    }

    static KpiScope agency(String code, String name, Integer year) {
        return new KpiScope(Level.AGENCY, year, null, code, null, null, name + yearSuffix(year), null);
    }

    static KpiScope operation(long id, String reference) {
        return new KpiScope(Level.OPERATION, null, null, null, id, reference, "Opération " + reference, null);
    }

    private static String yearSuffix(Integer year) {
        return year == null ? ", toutes années" : ", " + year;
    }

    /**
     * The figures read, as {@code t}: the totals per agency, status and year for France and a region, each operation's
     * for an agency and an operation (their children are operations).
     */
    String figures() {
        return perOperation() ? "kpi_operation" : "kpi_total";
    }

    /** How many operations a group of {@link #figures()} rows holds. */
    String operations() {
        return perOperation() ? "count(*)" : "sum(t.operations)";
    }

    /** The columns {@code child_key} and {@code child_label}: the region, the agency or the operation. */
    String child() {
        return switch (level) {
            case NATIONAL -> "a.region_code as child_key, a.region_code as child_label";
            case REGION -> "a.code as child_key, a.name as child_label";
            case AGENCY, OPERATION -> "o.reference as child_key, o.reference as child_label";
        };
    }

    /** What {@link #child()} reads, to group by. */
    String childColumns() {
        return switch (level) {
            case NATIONAL -> "a.region_code";
            case REGION -> "a.code, a.name";
            case AGENCY, OPERATION -> "o.reference";
        };
    }

    /** The operation's table where the children are operations (their reference), else nothing. */
    String join() {
        return perOperation() ? "join operation o on o.id = t.operation_id" : "";
    }

    /** The rows in scope, {@code a} their agency. */
    String condition() {
        String where = switch (level) {
            case NATIONAL -> within == null ? "1 = 1" : within.isEmpty() ? "1 = 0" : "a.region_code in (:regions)";
            case REGION -> "a.region_code = :region";
            case AGENCY -> "t.agency_code = :agency";
            case OPERATION -> "t.operation_id = :operation";
        };
        return year == null ? where : where + " and t.workshop_year = :year";
    }

    private boolean perOperation() {
        return level == Level.AGENCY || level == Level.OPERATION;
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("year", year);
        parameters.put("region", region == null ? null : region.name());
        parameters.put("regions", within == null ? List.of() : within.stream().map(Region::name).sorted().toList());
        parameters.put("agency", agencyCode);
        parameters.put("operation", operationId);
        return parameters;
    }

    /** The level of this scope's children, or {@code null} for an operation (no drill-down below it). */
    Level childLevel() {
        return switch (level) {
            case NATIONAL -> Level.REGION;
            case REGION -> Level.AGENCY;
            case AGENCY -> Level.OPERATION;
            case OPERATION -> null;
        };
    }
}
