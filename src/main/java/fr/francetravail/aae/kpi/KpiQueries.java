package fr.francetravail.aae.kpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The figures behind the KPIs (migration V14): each operation's in {@code kpi_operation}, refreshed from view {@code
 * kpi_operation_source} (their definition over the domain tables); their sums per agency, status and year in {@code
 * kpi_total}, rows to add up that a refresh appends to and a compaction folds; and the sums over a scope, in one query.
 * Portable SQL (PostgreSQL, H2).
 */
@Repository
class KpiQueries {

    /** The counts of an operation, each summed over a scope. */
    private static final List<String> COUNTS = List.of("completed", "followed", "employed", "trained", "served", "participants",
            "deld", "brsa", "jeune", "qpv", "th", "senior", "participants_answered", "participants_satisfied", "partners_answered",
            "partners_satisfied", "counsellors_answered", "counsellors_satisfied");
    private static final List<String> FIGURES = concat(List.of("agency_code", "status", "workshop_year"), COUNTS, List.of("amount_settled"));
    private static final List<String> TOTALS = concat(List.of("agency_code", "status", "workshop_year", "folded", "operations"), COUNTS,
            List.of("amount_settled"));
    private static final String OPERATION_FIGURES = "select %s from kpi_operation where operation_id = :operation for update"
            .formatted(String.join(", ", FIGURES));
    private static final String SOURCE_FIGURES = "select %s from kpi_operation_source where operation_id = :operation"
            .formatted(String.join(", ", FIGURES));
    private static final String INSERT_OPERATION = "insert into kpi_operation (operation_id, %s) values (:operation, %s)"
            .formatted(String.join(", ", FIGURES), FIGURES.stream().map(f -> ":" + f).collect(Collectors.joining(", ")));
    private static final String UPDATE_OPERATION = "update kpi_operation set %s where operation_id = :operation"
            .formatted(FIGURES.stream().map(f -> f + " = :" + f).collect(Collectors.joining(", ")));
    private static final String UNFOLDED = "select id, %s from kpi_total where folded = false order by id limit :max for update skip locked"
            .formatted(String.join(", ", TOTALS));
    /** The folded rows of one key; a year of 0 stands for none (no year is 0). */
    private static final String FOLDED = """
            select id, %s from kpi_total
            where folded = true and agency_code = :agency_code and status = :status and coalesce(workshop_year, 0) = :year
            for update skip locked""".formatted(String.join(", ", TOTALS));
    private static final String INSERT_TOTAL = "insert into kpi_total (%s) values (%s)"
            .formatted(String.join(", ", TOTALS), TOTALS.stream().map(t -> ":" + t).collect(Collectors.joining(", ")));

    /** The operations among {@code :ids} without figures or with figures other than their sources'; a year of 0 stands for none. */
    private static final String STALE = """
            select s.operation_id from kpi_operation_source s
            where s.operation_id in (:ids) and not exists (
                select 1 from kpi_operation k where k.operation_id = s.operation_id and coalesce(k.workshop_year, 0) = coalesce(s.workshop_year, 0)
                and %s)""".formatted(FIGURES.stream().filter(f -> !f.equals("workshop_year")).map(f -> "k.%s = s.%s".formatted(f, f))
            .collect(Collectors.joining(" and ")));

    private final NamedParameterJdbcTemplate jdbc;

    KpiQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The operations in scope and their figures summed per region, child, year and status: a few rows per child. */
    List<Figures> figures(KpiScope scope) {
        String sums = COUNTS.stream().map(count -> "sum(t.%s) as %s".formatted(count, count)).collect(Collectors.joining(", "));
        return jdbc.query("""
                select a.region_code, %s, t.workshop_year, t.status, %s as operations, %s, sum(t.amount_settled) as amount_settled
                from %s t join agency a on a.code = t.agency_code %s
                where %s
                group by a.region_code, %s, t.workshop_year, t.status
                having %s > 0
                """.formatted(scope.child(), scope.operations(), sums, scope.figures(), scope.join(), scope.condition(),
                        scope.childColumns(), scope.operations()),
                scope.parameters(), (rs, row) -> figures(rs));
    }

    /**
     * Recomputes the figures of these operations from their sources, each row locked first (in the order of the ids) so
     * that of two transactions refreshing the same operation the second computes after the first has committed; a
     * change is appended to the totals: the old figures taken away, the new ones added. Returns how many changed.
     */
    int refresh(List<Long> operationIds) {
        int changed = 0;
        for (long id : operationIds.stream().sorted().toList()) {
            Map<String, Object> operation = Map.of("operation", id);
            Tally old = single(jdbc.query(OPERATION_FIGURES, operation, (rs, row) -> Tally.ofOperation(rs)));
            Tally now = single(jdbc.query(SOURCE_FIGURES, operation, (rs, row) -> Tally.ofOperation(rs)));
            if (now == null || now.sameFigures(old)) {
                continue;
            }
            Map<String, Object> row = new HashMap<>(now.parameters(false));
            row.put("operation", id);
            jdbc.update(old == null ? INSERT_OPERATION : UPDATE_OPERATION, row);
            if (old != null) {
                jdbc.update(INSERT_TOTAL, old.negated().parameters(false));
            }
            jdbc.update(INSERT_TOTAL, now.parameters(false));
            changed++;
        }
        return changed;
    }

    /**
     * Locks these operations' rows, in the order of their ids: a refresh that may insert an operation's figures (none
     * yet) then waits for another one doing the same, and finds its row.
     */
    void lockOperations(List<Long> operationIds) {
        jdbc.queryForList("select id from operation where id in (:ids) order by id for update", Map.of("ids", operationIds), Long.class);
    }

    /** At most {@code max} operations, in the order of their ids, after the id {@code after}. */
    List<Long> operationsAfter(long after, int max) {
        return jdbc.queryForList("select id from operation where id > :after order by id limit :max", Map.of("after", after, "max", max), Long.class);
    }

    /** Those of these operations whose figures are missing or not those of their sources. */
    List<Long> stale(List<Long> operationIds) {
        return jdbc.queryForList(STALE, Map.of("ids", operationIds), Long.class);
    }

    /**
     * Folds the oldest unfolded rows of the totals, at most {@code max}, with the folded rows of their agency, status and
     * year into one row per key. Rows another transaction holds are left for a later pass. Returns the rows folded.
     */
    int compact(int max) {
        List<Tally> changes = jdbc.query(UNFOLDED, Map.of("max", max), (rs, row) -> Tally.ofTotal(rs));
        Map<List<Object>, List<Tally>> byKey = changes.stream().collect(Collectors.groupingBy(Tally::key, LinkedHashMap::new, Collectors.toList()));
        byKey.forEach((key, rows) -> {
            List<Tally> all = new ArrayList<>(rows);
            all.addAll(jdbc.query(FOLDED, Map.of("agency_code", key.get(0), "status", key.get(1), "year", key.get(2) == null ? 0 : key.get(2)),
                    (rs, row) -> Tally.ofTotal(rs)));
            jdbc.update("delete from kpi_total where id in (:ids)", Map.of("ids", all.stream().map(Tally::id).toList()));
            Tally folded = all.stream().reduce(Tally::plus).orElseThrow();
            if (!folded.isZero()) {
                jdbc.update(INSERT_TOTAL, folded.parameters(true));
            }
        });
        return changes.size();
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

    private static <T> T single(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /**
     * Figures that count for one agency, status and year ({@link #key()}): of some operations ({@code operations}), or
     * taken away from them (negative). An operation's own figures are a tally of one operation; {@code id} is that of a
     * row of the totals, if read from there.
     */
    record Tally(Long id, String agencyCode, String status, Integer workshopYear, long operations, List<Long> counts, BigDecimal amountSettled) {

        /** An operation's figures, from {@code kpi_operation} or its view. */
        static Tally ofOperation(ResultSet rs) throws SQLException {
            return of(rs, null, 1);
        }

        static Tally ofTotal(ResultSet rs) throws SQLException {
            return of(rs, rs.getLong("id"), rs.getLong("operations"));
        }

        private static Tally of(ResultSet rs, Long id, long operations) throws SQLException {
            return new Tally(id, rs.getString("agency_code"), rs.getString("status"),
                    rs.getObject("workshop_year") == null ? null : rs.getInt("workshop_year"), operations, counts(rs),
                    rs.getBigDecimal("amount_settled").setScale(2));
        }

        private static List<Long> counts(ResultSet rs) throws SQLException {
            List<Long> counts = new ArrayList<>();
            for (String count : COUNTS) {
                counts.add(rs.getLong(count));
            }
            return List.copyOf(counts);
        }

        List<Object> key() {
            return Arrays.asList(agencyCode, status, workshopYear);
        }

        Tally negated() {
            return new Tally(null, agencyCode, status, workshopYear, -operations, counts.stream().map(c -> -c).toList(), amountSettled.negate());
        }

        Tally plus(Tally other) {
            return new Tally(null, agencyCode, status, workshopYear, operations + other.operations,
                    IntStream.range(0, counts.size()).mapToObj(i -> counts.get(i) + other.counts.get(i)).toList(),
                    amountSettled.add(other.amountSettled));
        }

        boolean isZero() {
            return operations == 0 && counts.stream().allMatch(c -> c == 0) && amountSettled.signum() == 0;
        }

        /** The same figures, whatever the row they were read from. */
        boolean sameFigures(Tally other) {
            return other != null && key().equals(other.key()) && operations == other.operations && counts.equals(other.counts)
                    && amountSettled.compareTo(other.amountSettled) == 0;
        }

        Map<String, Object> parameters(boolean folded) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("agency_code", agencyCode);
            parameters.put("status", status);
            parameters.put("workshop_year", workshopYear);
            parameters.put("folded", folded);
            parameters.put("operations", operations);
            IntStream.range(0, COUNTS.size()).forEach(i -> parameters.put(COUNTS.get(i), counts.get(i)));
            parameters.put("amount_settled", amountSettled);
            return parameters;
        }
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
