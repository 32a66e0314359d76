package fr.francetravail.aae.kpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The figures behind the KPIs: each operation's, kept in table {@code kpi_operation} (refreshed from view {@code
 * kpi_operation_source}, their definition over the domain tables, see migration V14), and their sums over a scope in one
 * pass. Portable SQL (PostgreSQL, H2).
 */
@Repository
class KpiQueries {

    /** The counts of an operation, each summed over a scope. */
    private static final List<String> COUNTS = List.of("completed", "followed", "employed", "trained", "served", "participants",
            "deld", "brsa", "jeune", "qpv", "th", "senior", "participants_answered", "participants_satisfied", "partners_answered",
            "partners_satisfied", "counsellors_answered", "counsellors_satisfied");
    private static final String FIGURES = "agency_code, status, workshop_year, " + String.join(", ", COUNTS) + ", amount_settled";

    private final NamedParameterJdbcTemplate jdbc;

    KpiQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The operations in scope and their figures summed per region, child, year and status: a few rows per child. */
    List<Figures> figures(KpiScope scope) {
        String sums = COUNTS.stream().map(count -> "sum(k.%s) as %s".formatted(count, count)).collect(Collectors.joining(", "));
        return jdbc.query("""
                select a.region_code, %s, k.workshop_year, k.status, count(*) as operations, %s, sum(k.amount_settled) as amount_settled
                from kpi_operation k join agency a on a.code = k.agency_code %s
                where %s
                group by a.region_code, %s, k.workshop_year, k.status
                """.formatted(scope.child(), sums, scope.join(), scope.condition(), scope.childColumns()),
                scope.parameters(), (rs, row) -> figures(rs));
    }

    /**
     * Recomputes the figures of these operations from their sources, each row locked first (in the order of the ids) so
     * that of two transactions refreshing the same operation the second computes after the first has committed.
     */
    void refresh(List<Long> operationIds) {
        for (long id : operationIds.stream().sorted().toList()) {
            Map<String, Long> operation = Map.of("operation", id);
            boolean present = !jdbc.queryForList("select operation_id from kpi_operation where operation_id = :operation for update",
                    operation, Long.class).isEmpty();
            jdbc.update(present
                    ? "update kpi_operation set (%s) = (select %s from kpi_operation_source where operation_id = :operation) where operation_id = :operation"
                            .formatted(FIGURES, FIGURES)
                    : "insert into kpi_operation (operation_id, %s) select operation_id, %s from kpi_operation_source where operation_id = :operation"
                            .formatted(FIGURES, FIGURES),
                    operation);
        }
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        Map<PriorityPublic, Long> byPublic = new EnumMap<>(PriorityPublic.class);
        for (PriorityPublic p : PriorityPublic.values()) {
            byPublic.put(p, rs.getLong(p.name().toLowerCase(Locale.ROOT)));
        }
        return new Figures(rs.getString("region_code"), rs.getString("child_key"), rs.getString("child_label"),
                rs.getObject("workshop_year") == null ? null : rs.getInt("workshop_year"), rs.getString("status"), rs.getLong("operations"),
                new CompletedParticipants(rs.getLong("completed"), rs.getLong("followed"), rs.getLong("employed"), rs.getLong("trained"),
                        rs.getLong("served")),
                new PublicCounts(rs.getLong("participants"), byPublic),
                new Satisfaction(rs.getLong("participants_answered"), rs.getLong("participants_satisfied")),
                new Satisfaction(rs.getLong("partners_answered"), rs.getLong("partners_satisfied")),
                new Satisfaction(rs.getLong("counsellors_answered"), rs.getLong("counsellors_satisfied")),
                rs.getBigDecimal("amount_settled"));
    }

    /** The operations of one child of the scope, in one year and status, and their figures summed. */
    record Figures(String regionCode, String childKey, String childLabel, Integer year, String status, long operations,
            CompletedParticipants completed, PublicCounts publics, Satisfaction participants, Satisfaction partners,
            Satisfaction counsellors, BigDecimal amountSettled) {
    }

    /**
     * The participants who completed: how many, followed up to M6, employed or in training at M6, and served at the
     * employer meeting (a job offer proposed, a training or a « prestation »).
     */
    record CompletedParticipants(long completed, long followed, long employed, long trained, long served) {

        static final CompletedParticipants NONE = new CompletedParticipants(0, 0, 0, 0, 0);

        CompletedParticipants plus(CompletedParticipants other) {
            return new CompletedParticipants(completed + other.completed, followed + other.followed, employed + other.employed,
                    trained + other.trained, served + other.served);
        }
    }

    /** Participants enrolled or who completed, and how many of them belong to each priority public. */
    record PublicCounts(long participants, Map<PriorityPublic, Long> byPublic) {

        static final PublicCounts NONE = new PublicCounts(0, Arrays.stream(PriorityPublic.values())
                .collect(Collectors.toMap(p -> p, p -> 0L, Long::sum, () -> new EnumMap<>(PriorityPublic.class))));

        PublicCounts plus(PublicCounts other) {
            Map<PriorityPublic, Long> sum = new EnumMap<>(byPublic);
            other.byPublic.forEach((p, count) -> sum.merge(p, count, Long::sum));
            return new PublicCounts(participants + other.participants, sum);
        }
    }

    /** Survey answers and satisfied answers of one respondent type. */
    record Satisfaction(long answered, long satisfied) {

        static final Satisfaction NONE = new Satisfaction(0, 0);

        Satisfaction plus(Satisfaction other) {
            return new Satisfaction(answered + other.answered, satisfied + other.satisfied);
        }
    }
}
