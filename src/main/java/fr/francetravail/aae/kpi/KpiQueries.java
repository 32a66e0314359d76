package fr.francetravail.aae.kpi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The aggregates behind the KPIs, one SQL query each, over the domain tables only (never Camunda's). Portable SQL
 * (PostgreSQL, H2).
 */
@Repository
class KpiQueries {

    private final NamedParameterJdbcTemplate jdbc;

    KpiQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Operations in scope per region, child, year and status. */
    List<OperationCount> operations(KpiScope scope) {
        return jdbc.query(scope.scopedOperations() + """
                select region_code, child_key, child_label, op_year, status, count(*) as operations
                from scoped group by region_code, child_key, child_label, op_year, status
                """, scope.parameters(), (rs, row) -> new OperationCount(rs.getString("region_code"), rs.getString("child_key"),
                rs.getString("child_label"), rs.getObject("op_year") == null ? null : rs.getInt("op_year"), rs.getString("status"),
                rs.getLong("operations")));
    }

    /**
     * Per child, the participants who completed: how many, followed up to M6, employed or in training at M6, and served
     * at the employer meeting (a job offer proposed, a training or a « prestation »).
     */
    List<CompletedParticipants> completedParticipants(KpiScope scope) {
        return jdbc.query(scope.scopedOperations() + """
                select s.child_key,
                       count(*) as completed,
                       sum(case when m6.outcome_class is not null then 1 else 0 end) as followed,
                       sum(case when m6.outcome_class = 'EMPLOYMENT' then 1 else 0 end) as employed,
                       sum(case when m6.outcome_class = 'TRAINING' then 1 else 0 end) as trained,
                       sum(case when r.job_offers_proposed > 0 or r.training_proposed or r.service_proposed then 1 else 0 end) as served
                from scoped s
                join enrolment e on e.operation_id = s.id
                left join outcome m6 on m6.enrolment_id = e.id and m6.checkpoint = 'M6'
                left join meeting_result r on r.enrolment_id = e.id
                where e.status = 'COMPLETED'
                group by s.child_key
                """, scope.parameters(), (rs, row) -> new CompletedParticipants(rs.getString("child_key"), rs.getLong("completed"),
                rs.getLong("followed"), rs.getLong("employed"), rs.getLong("trained"), rs.getLong("served")));
    }

    /** The lump sums AFDAS settled for the operations in scope, in EUR. */
    BigDecimal amountSettled(KpiScope scope) {
        BigDecimal amount = jdbc.queryForObject(scope.scopedOperations() + """
                select sum(p.settled_amount) from scoped s join payment p on p.operation_id = s.id where p.state = 'SETTLED'
                """, scope.parameters(), BigDecimal.class);
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
    }

    /**
     * Participants enrolled or who completed, and how many of them belong to each priority public: counted per combination
     * of publics as stored ({@code DELD,BRSA}), a few dozen rows, then per public here.
     */
    PublicCounts publics(KpiScope scope) {
        Map<PriorityPublic, Long> byPublic = new EnumMap<>(PriorityPublic.class);
        Arrays.stream(PriorityPublic.values()).forEach(p -> byPublic.put(p, 0L));
        long participants = 0;
        List<Map<String, Object>> combinations = jdbc.queryForList(scope.scopedOperations() + """
                select e.priority_publics, count(*) as participants
                from scoped s join enrolment e on e.operation_id = s.id
                where e.status in ('ENROLLED', 'COMPLETED')
                group by e.priority_publics
                """, scope.parameters());
        for (Map<String, Object> combination : combinations) {
            long count = ((Number) combination.get("participants")).longValue();
            participants += count;
            String publics = (String) combination.get("priority_publics");
            if (publics != null) {
                Arrays.stream(publics.split(",")).map(PriorityPublic::valueOf).forEach(p -> byPublic.merge(p, count, Long::sum));
            }
        }
        return new PublicCounts(participants, byPublic);
    }

    /** Survey answers and satisfied answers per respondent type (PARTICIPANT, PARTNER, COUNSELLOR). */
    Map<String, Satisfaction> satisfaction(KpiScope scope) {
        return jdbc.query(scope.scopedOperations() + """
                select r.respondent_type, count(*) as answered, sum(case when r.satisfied then 1 else 0 end) as satisfied
                from scoped s join survey_response r on r.operation_id = s.id
                group by r.respondent_type
                """, scope.parameters(), (rs, row) -> new Satisfaction(rs.getString("respondent_type"), rs.getLong("answered"),
                rs.getLong("satisfied"))).stream().collect(Collectors.toMap(Satisfaction::respondentType, s -> s));
    }

    record OperationCount(String regionCode, String childKey, String childLabel, Integer year, String status, long operations) {
    }

    record CompletedParticipants(String childKey, long completed, long followed, long employed, long trained, long served) {

        static final CompletedParticipants NONE = new CompletedParticipants(null, 0, 0, 0, 0, 0);

        CompletedParticipants plus(CompletedParticipants other) {
            return new CompletedParticipants(null, completed + other.completed, followed + other.followed, employed + other.employed,
                    trained + other.trained, served + other.served);
        }
    }

    record PublicCounts(long participants, Map<PriorityPublic, Long> byPublic) {
    }

    record Satisfaction(String respondentType, long answered, long satisfied) {
    }
}
