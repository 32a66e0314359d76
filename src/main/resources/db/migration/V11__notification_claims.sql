-- Cluster-safe outbox: a node claims a message before sending it (NotificationDispatcher). The claim is a lease: another
-- node may take the message over only once claimed_until has passed (the node died, or gave up the claim).
alter table notification add column claimed_by varchar(255);
alter table notification add column claimed_until timestamp with time zone;
