-- Covering indexes for the KPI aggregates (KpiQueries): the M6 outcomes and the meeting results of the participants
-- who completed, and the survey answers per operation, read from the index alone. Portable SQL (PostgreSQL, H2).

create index outcome_kpi_idx on outcome (checkpoint, enrolment_id, outcome_class);
create index meeting_result_kpi_idx on meeting_result (enrolment_id, job_offers_proposed, training_proposed, service_proposed);
create index survey_response_kpi_idx on survey_response (operation_id, respondent_type, satisfied);
