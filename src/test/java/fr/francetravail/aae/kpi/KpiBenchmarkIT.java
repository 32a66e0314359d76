package fr.francetravail.aae.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.benchmark.BenchmarkIT;
import fr.francetravail.aae.benchmark.BenchmarkReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a timed test: measures the national KPI report over 100 000 operations and 1 000 000 participants (the issue's
 * national scale; {@code -Dbenchmark.kpi.operations}, ten participants each) on embedded PostgreSQL, median and 95th
 * percentile into the benchmark report, beside a count of every enrolment in the same loop. The data is generated in SQL
 * with {@code generate_series}.
 */
@Order(4)
class KpiBenchmarkIT extends BenchmarkIT {

    private static final Logger LOG = LoggerFactory.getLogger(KpiBenchmarkIT.class);
    private static final int OPERATIONS = size("kpi.operations", 100_000);
    private static final int PARTICIPANTS = 10 * OPERATIONS;
    private static final int WARM_UP = 5;
    private static final int RUNS = size("kpi.runs", 30);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private KpiService kpis;

    @Test
    void nationalReport(BenchmarkReport benchmark) {
        BenchmarkReport.Section section = benchmark.section("National KPIs: %d operations, %d participants".formatted(OPERATIONS, PARTICIPANTS));
        long started = System.nanoTime();
        generate();
        double generated = (System.nanoTime() - started) / 1e9;
        Viewer manager = Viewer.of("bench-national", Set.of(Viewer.NATIONAL), null);

        KpiReport report = kpis.report(new KpiFilter(null, null, null, null), manager);
        assertThat(report.relevance().served().denominator()).isGreaterThan(PARTICIPANTS / 2);
        assertThat(report.deployment().byYear()).isNotEmpty();

        List<Double> count = latencies(WARM_UP, RUNS, () -> jdbc.queryForObject("select count(*) from enrolment", Long.class));
        measure(section, "national, all years", count, () -> kpis.report(new KpiFilter(null, null, null, null), manager));
        measure(section, "national, 2026", count, () -> kpis.report(new KpiFilter("2026", null, null, null), manager));
        measure(section, "region HDF, 2026", count, () -> kpis.report(new KpiFilter("2026", "HDF", null, null), manager));
        section.note("Data generated in %.0f s; %d runs per figure after %d of warm-up, `KpiService.report` called in the JVM (no HTTP). "
                .formatted(generated, RUNS, WARM_UP) + "Reference: `select count(*) from enrolment` in the same loop.").end();
    }

    private static void measure(BenchmarkReport.Section section, String scope, List<Double> count, Runnable report) {
        List<Double> millis = latencies(WARM_UP, RUNS, report);
        section.figure("KPI report, " + scope + ": p50", percentile(millis, 0.5), "ms", "count of enrolments p50", percentile(count, 0.5), "")
                .figure("KPI report, " + scope + ": p95", percentile(millis, 0.95), "ms", "count of enrolments p95", percentile(count, 0.95),
                        "< 100 ms");
    }

    /**
     * 100 agencies over the 18 regions, the operations in every status with their first workshop in 2025 to 2027, ten
     * participants each (70 % completed, 20 % enrolled, 10 % withdrawn) with priority publics, meeting results, M1/M3/M6
     * outcomes, surveys and a settled payment for most operations.
     */
    private void generate() {
        jdbc.update("""
                insert into agency (code, name, region_code, created_at, version)
                select 'bench-' || i, 'Agence ' || i,
                       (array['ARA','BFC','BRE','CVL','COR','GES','HDF','IDF','NOR','NAQ','OCC','PDL','PAC','GUA','MTQ','GUY','REU','MAY'])[1 + i % 18],
                       now(), 0
                from generate_series(1, 100) i""");
        jdbc.update("""
                insert into cultural_partner (slug, name, siret, type, region_code, city, contact_name, contact_email, created_at, version)
                values ('bench-partner', 'Structure', '11111111100011', 'MUSEE', 'HDF', 'Lille', 'Contact', 'contact@bench.example', now(), 0)""");
        jdbc.update("""
                insert into operation (reference, status, agency_code, partner_slug, venue, discipline, target_group_size, employer_meeting_date,
                    proposed_by, proposed_at, process_attached, updated_at, version, last_progress_at)
                select 'BENCH-' || i,
                       (array['PARTNERSHIP','COHORT_BUILDING','RECRUITING','COHORT_DECISION','WORKSHOPS','WORKSHOPS_COMPLETED',
                              'EMPLOYER_MEETING','END_OF_ACTION','FOLLOW_UP','CLOSED','CLOSED','CLOSED','CANCELLED'])[1 + i % 13],
                       'bench-' || (1 + i % 100), 'bench-partner', 'Salle', 'DANSE', 10, date '2025-02-01' + (i % 1000),
                       'bench', now(), false, now(), 0, now()
                from generate_series(1, ?) i""", OPERATIONS);
        jdbc.update("""
                insert into planned_workshop (operation_id, position, workshop_date)
                select o.id, p, date '2025-01-04' + (o.id % 1000)::int + 7 * p from operation o cross join generate_series(0, 2) p
                where o.reference like 'BENCH-%'""");
        jdbc.update("""
                insert into participant (france_travail_id, last_name, first_name, email, birth_year, registered_since, rsa_beneficiary,
                    qpv_resident, recognised_disability, created_at, updated_at, version)
                select 'B' || lpad(i::text, 7, '0'), 'Nom', 'Prénom', 'p' || i || '@bench.example', 1960 + i % 45, date '2023-01-01',
                       i % 5 = 0, i % 7 = 0, i % 11 = 0, now(), now(), 0
                from generate_series(1, ?) i""", PARTICIPANTS);
        jdbc.update("""
                insert into enrolment (operation_id, participant_id, status, priority_publics, added_by, added_at, version)
                select o.id, p.id,
                       case when p.id % 10 < 7 then 'COMPLETED' when p.id % 10 < 9 then 'ENROLLED' else 'WITHDRAWN' end,
                       (array['DELD', 'DELD,BRSA', null, 'JEUNE', 'QPV,TH', 'SENIOR,DELD', null, 'BRSA'])[1 + p.id % 8],
                       'bench', now(), 0
                from participant p join operation o on o.reference = 'BENCH-' || (1 + (p.id - 1) / 10)
                where p.france_travail_id like 'B%'""");
        jdbc.update("""
                insert into meeting_result (operation_id, enrolment_id, interviews, job_offers_proposed, hired, training_proposed,
                    service_proposed, recorded_by, recorded_at, version)
                select e.operation_id, e.id, e.id % 3, e.id % 4, e.id % 9 = 0, e.id % 5 = 0, e.id % 6 = 0, 'bench', now(), 0
                from enrolment e where e.status in ('COMPLETED', 'ENROLLED') and e.added_by = 'bench'""");
        jdbc.update("""
                insert into outcome (enrolment_id, operation_id, checkpoint, situation, outcome_class, source, recorded_by, recorded_at, version)
                select e.id, e.operation_id, c,
                       (array['CDI', 'TRAINING', 'STILL_SEEKING', 'TEMPORARY_WORK', 'STILL_SEEKING'])[1 + (e.id + length(c)) % 5],
                       (array['EMPLOYMENT', 'TRAINING', 'NONE', 'EMPLOYMENT', 'NONE'])[1 + (e.id + length(c)) % 5],
                       'STATUS_SERVICE', 'bench', now(), 0
                from enrolment e cross join (values ('M1'), ('M3'), ('M6')) checkpoints(c)
                where e.status = 'COMPLETED' and e.added_by = 'bench'""");
        jdbc.update("""
                insert into survey_response (operation_id, respondent_type, enrolment_id, respondent, satisfaction, satisfied, helped,
                    recommends, channel, recorded_by, answered_at, version)
                select e.operation_id, 'PARTICIPANT', e.id, 'PARTICIPANT-' || e.id,
                       case when e.id % 10 = 0 then 'RATHER_DISSATISFIED' else 'VERY_SATISFIED' end, e.id % 10 <> 0, 'YES', true, 'LINK', null, now(), 0
                from enrolment e where e.status = 'COMPLETED' and e.added_by = 'bench' and e.id % 3 <> 0""");
        jdbc.update("""
                insert into survey_response (operation_id, respondent_type, enrolment_id, respondent, satisfaction, satisfied, helped,
                    recommends, channel, recorded_by, answered_at, version)
                select o.id, t, null, t, 'RATHER_SATISFIED', true, 'YES', true, 'TASKLIST', 'bench', now(), 0
                from operation o cross join (values ('PARTNER'), ('COUNSELLOR')) types(t)
                where o.reference like 'BENCH-%' and o.status in ('END_OF_ACTION', 'FOLLOW_UP', 'CLOSED')""");
        jdbc.update("""
                insert into payment (operation_id, state, amount, opened_at, submission_count, settled_amount, updated_at, version)
                select o.id, case when o.status = 'CLOSED' then 'SETTLED' else 'SUBMITTED' end, 2700.00, now(), 1,
                       case when o.status = 'CLOSED' then 2700.00 end, now(), 0
                from operation o where o.reference like 'BENCH-%' and o.status in ('FOLLOW_UP', 'CLOSED')""");
        // written around the repositories: the operations' figures and their totals filled as migration V14 does
        jdbc.update("""
                insert into kpi_operation
                select * from kpi_operation_source where operation_id in (select id from operation where reference like 'BENCH-%')""");
        jdbc.update("""
                insert into kpi_total (agency_code, status, workshop_year, folded, operations, completed, followed, employed, trained,
                    served, participants, deld, brsa, jeune, qpv, th, senior, participants_answered, participants_satisfied,
                    partners_answered, partners_satisfied, counsellors_answered, counsellors_satisfied, amount_settled)
                select agency_code, status, workshop_year, true, count(*), sum(completed), sum(followed), sum(employed), sum(trained),
                       sum(served), sum(participants), sum(deld), sum(brsa), sum(jeune), sum(qpv), sum(th), sum(senior),
                       sum(participants_answered), sum(participants_satisfied), sum(partners_answered), sum(partners_satisfied),
                       sum(counsellors_answered), sum(counsellors_satisfied), sum(amount_settled)
                from kpi_operation where agency_code like 'bench-%' group by agency_code, status, workshop_year""");
        jdbc.execute("vacuum analyze");
        LOG.info("Benchmark KPI : {} opérations, {} participants, {} inscriptions, {} résultats, {} réponses", 
                jdbc.queryForObject("select count(*) from operation", Long.class),
                jdbc.queryForObject("select count(*) from participant", Long.class),
                jdbc.queryForObject("select count(*) from enrolment", Long.class),
                jdbc.queryForObject("select count(*) from outcome", Long.class),
                jdbc.queryForObject("select count(*) from survey_response", Long.class));
    }
}
