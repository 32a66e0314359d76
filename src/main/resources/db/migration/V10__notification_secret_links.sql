-- A mail's secret link (a participant's survey link) is kept as a reference, rendered only while the mail is sent.
alter table notification add column secret_link_kind varchar(40);
alter table notification add column secret_link_reference bigint;
-- Links stored in clear before this version are masked (a pending one is then sent without it; the reminder repeats it).
update notification set body = regexp_replace(body, '/enquete/[A-Za-z0-9_-]{43}', '/enquete/[masqué]')
where body like '%/enquete/%';
