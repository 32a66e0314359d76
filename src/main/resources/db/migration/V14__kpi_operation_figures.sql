-- The KPI figures of each operation, summed by the reports (KpiQueries) instead of joining every enrolment, outcome,
-- meeting result and survey answer of the scope on each call. View kpi_operation_source computes them from the domain
-- tables: it is their one definition, used below to fill the table and by OperationFigures to refresh an operation's
-- row whenever one of its sources is saved. Nothing here reads the participant table: names, contacts and ids may be
-- erased without changing a figure. Portable SQL (PostgreSQL, H2).

create table kpi_operation (
    operation_id           bigint        primary key references operation (id) on delete cascade,
    agency_code            varchar(40)   not null,
    status                 varchar(30)   not null,
    -- year of the first planned workshop, null without one
    workshop_year          integer,
    -- enrolments COMPLETED: all of them, with an M6 outcome, of class EMPLOYMENT, of class TRAINING, served at the
    -- employer meeting (a job offer proposed, a training or a « prestation »)
    completed              integer       not null,
    followed               integer       not null,
    employed               integer       not null,
    trained                integer       not null,
    served                 integer       not null,
    -- enrolments ENROLLED or COMPLETED, and those tagged with each priority public
    participants           integer       not null,
    deld                   integer       not null,
    brsa                   integer       not null,
    jeune                  integer       not null,
    qpv                    integer       not null,
    th                     integer       not null,
    senior                 integer       not null,
    -- survey answers and satisfied answers per respondent type
    participants_answered  integer       not null,
    participants_satisfied integer       not null,
    partners_answered      integer       not null,
    partners_satisfied     integer       not null,
    counsellors_answered   integer       not null,
    counsellors_satisfied  integer       not null,
    -- the lump sum settled by AFDAS, 0 until then
    amount_settled         numeric(12, 2) not null
);
create index kpi_operation_agency_idx on kpi_operation (agency_code);

create view kpi_operation_source as
select o.id as operation_id, o.agency_code, o.status, w.workshop_year,
       coalesce(e.completed, 0) as completed, coalesce(e.followed, 0) as followed, coalesce(e.employed, 0) as employed,
       coalesce(e.trained, 0) as trained, coalesce(e.served, 0) as served,
       coalesce(e.participants, 0) as participants, coalesce(e.deld, 0) as deld, coalesce(e.brsa, 0) as brsa,
       coalesce(e.jeune, 0) as jeune, coalesce(e.qpv, 0) as qpv, coalesce(e.th, 0) as th, coalesce(e.senior, 0) as senior,
       coalesce(s.participants_answered, 0) as participants_answered, coalesce(s.participants_satisfied, 0) as participants_satisfied,
       coalesce(s.partners_answered, 0) as partners_answered, coalesce(s.partners_satisfied, 0) as partners_satisfied,
       coalesce(s.counsellors_answered, 0) as counsellors_answered, coalesce(s.counsellors_satisfied, 0) as counsellors_satisfied,
       coalesce(p.amount_settled, 0) as amount_settled
from operation o
left join (select operation_id, cast(extract(year from min(workshop_date)) as integer) as workshop_year
           from planned_workshop group by operation_id) w on w.operation_id = o.id
left join (select e.operation_id,
                  sum(case when e.status = 'COMPLETED' then 1 else 0 end) as completed,
                  sum(case when e.status = 'COMPLETED' and m6.outcome_class is not null then 1 else 0 end) as followed,
                  sum(case when e.status = 'COMPLETED' and m6.outcome_class = 'EMPLOYMENT' then 1 else 0 end) as employed,
                  sum(case when e.status = 'COMPLETED' and m6.outcome_class = 'TRAINING' then 1 else 0 end) as trained,
                  sum(case when e.status = 'COMPLETED'
                           and (r.job_offers_proposed > 0 or r.training_proposed or r.service_proposed) then 1 else 0 end) as served,
                  sum(case when e.status in ('ENROLLED', 'COMPLETED') then 1 else 0 end) as participants,
                  sum(case when e.status in ('ENROLLED', 'COMPLETED') and ',' || e.priority_publics || ',' like '%,DELD,%' then 1 else 0 end) as deld,
                  sum(case when e.status in ('ENROLLED', 'COMPLETED') and ',' || e.priority_publics || ',' like '%,BRSA,%' then 1 else 0 end) as brsa,
                  sum(case when e.status in ('ENROLLED', 'COMPLETED') and ',' || e.priority_publics || ',' like '%,JEUNE,%' then 1 else 0 end) as jeune,
                  sum(case when e.status in ('ENROLLED', 'COMPLETED') and ',' || e.priority_publics || ',' like '%,QPV,%' then 1 else 0 end) as qpv,
                  sum(case when e.status in ('ENROLLED', 'COMPLETED') and ',' || e.priority_publics || ',' like '%,TH,%' then 1 else 0 end) as th,
                  sum(case when e.status in ('ENROLLED', 'COMPLETED') and ',' || e.priority_publics || ',' like '%,SENIOR,%' then 1 else 0 end) as senior
           from enrolment e
           left join outcome m6 on m6.enrolment_id = e.id and m6.checkpoint = 'M6'
           left join meeting_result r on r.enrolment_id = e.id
           group by e.operation_id) e on e.operation_id = o.id
left join (select operation_id,
                  sum(case when respondent_type = 'PARTICIPANT' then 1 else 0 end) as participants_answered,
                  sum(case when respondent_type = 'PARTICIPANT' and satisfied then 1 else 0 end) as participants_satisfied,
                  sum(case when respondent_type = 'PARTNER' then 1 else 0 end) as partners_answered,
                  sum(case when respondent_type = 'PARTNER' and satisfied then 1 else 0 end) as partners_satisfied,
                  sum(case when respondent_type = 'COUNSELLOR' then 1 else 0 end) as counsellors_answered,
                  sum(case when respondent_type = 'COUNSELLOR' and satisfied then 1 else 0 end) as counsellors_satisfied
           from survey_response group by operation_id) s on s.operation_id = o.id
left join (select operation_id, sum(settled_amount) as amount_settled from payment where state = 'SETTLED' group by operation_id) p
    on p.operation_id = o.id;

insert into kpi_operation select * from kpi_operation_source;

-- V9's covering indexes served the per-call joins; a refresh reads one operation's rows through the unique indexes.
drop index outcome_kpi_idx;
drop index meeting_result_kpi_idx;
drop index survey_response_kpi_idx;
