-- Delivery of the notification outbox: attempts, next try, last error, time sent, optimistic locking.
alter table notification add column attempts integer default 0 not null;
alter table notification add column next_attempt_at timestamp with time zone;
alter table notification add column sent_at timestamp with time zone;
alter table notification add column last_error varchar(1000);
alter table notification add column version integer default 0 not null;
update notification set next_attempt_at = created_at;
alter table notification alter column next_attempt_at set not null;
create index notification_due_idx on notification (status, next_attempt_at);
