package fr.francetravail.aae.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches every text column of Camunda's tables ({@code act_*}) for a marker, to prove personal data never reaches
 * them; or of every table, the service's own included, to prove a secret is stored nowhere.
 */
public final class EngineTablesScan {

    private EngineTablesScan() {
    }

    /** The {@code table.column} of every Camunda text or byte column holding {@code marker} (case-insensitive). */
    public static List<String> columnsContaining(JdbcTemplate jdbc, String marker) {
        return scan(jdbc, "act\\_%", marker);
    }

    /** The {@code table.column} of every text or byte column of any table holding {@code marker} (case-insensitive). */
    public static List<String> anyTableColumnsContaining(JdbcTemplate jdbc, String marker) {
        return scan(jdbc, "%", marker);
    }

    private static List<String> scan(JdbcTemplate jdbc, String tables, String marker) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema() and table_name like ? and data_type in ('character varying', 'text', 'bytea')""",
                tables);
        if (columns.size() < 100) {
            throw new IllegalStateException("trop peu de colonnes trouvées : " + columns.size());
        }
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String value = "bytea".equals(column.get("data_type")) ? "encode(" + column.get("column_name") + ", 'escape')" : (String) column.get("column_name");
            Integer count = jdbc.queryForObject("select count(*) from " + column.get("table_name") + " where lower(" + value + ") like ?",
                    Integer.class, "%" + marker.toLowerCase() + "%");
            if (count != null && count > 0) {
                hits.add(column.get("table_name") + "." + column.get("column_name"));
            }
        }
        return hits;
    }
}
