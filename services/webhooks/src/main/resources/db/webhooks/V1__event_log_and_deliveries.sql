-- Webhooks schema: the public event log, delivery attempts and endpoint health.
-- Runs as the schema owner (role "webhooks"); the service runs as "webhooks_app", which owns nothing,
-- so the row-level security below applies to every query it makes.

-- The public event log: every public event of a workspace, in order. seq is the cursor.
create table events (
    workspace_id  text not null,
    seq           bigint not null check (seq > 0),
    -- the id of the internal event it was made from (or evt_… of a test ping): the webhook-id of every delivery
    id            text not null unique,
    type          text not null,
    occurred_at   timestamptz not null,
    recorded_at   timestamptz not null default now(),
    -- the public payload, JSON
    data          text not null,
    -- false until deliveries to the matching endpoints have been created
    fanned_out    boolean not null default false,
    primary key (workspace_id, seq)
);
create index events_not_fanned_out on events (workspace_id, seq) where not fanned_out;
create index events_by_type on events (workspace_id, type, seq);
create index events_by_time on events (recorded_at);

-- The last seq of each workspace, locked while an event is appended.
create table event_log_heads (
    workspace_id  text primary key,
    last_seq      bigint not null
);

-- One event (or test ping, or manual redelivery) to one endpoint; retried until it succeeds or runs out of attempts.
create table deliveries (
    id               text primary key,
    workspace_id     text not null,
    endpoint_id      text not null,
    event_id         text not null,
    event_seq        bigint not null,
    event_type       text not null,
    kind             text not null check (kind in ('event', 'test', 'redelivery')),
    status           text not null check (status in ('pending', 'delivering', 'succeeded', 'failed', 'cancelled')),
    attempts         int not null default 0,
    next_attempt_at  timestamptz,
    lease_until      timestamptz,
    created_at       timestamptz not null,
    completed_at     timestamptz,
    last_error       text
);
create index deliveries_due on deliveries (next_attempt_at) where status in ('pending', 'delivering');
create index deliveries_by_endpoint on deliveries (workspace_id, endpoint_id, id desc);
create index deliveries_first_attempt_pending on deliveries (workspace_id, endpoint_id, event_seq)
    where kind = 'event' and attempts = 0 and status in ('pending', 'delivering');

-- Every attempt of a delivery, as the customer sees it in GET /api/v1/webhooks/{id}/deliveries.
create table delivery_attempts (
    delivery_id       text not null references deliveries (id) on delete cascade,
    attempt           int not null check (attempt > 0),
    workspace_id      text not null,
    started_at        timestamptz not null,
    outcome           text not null check (outcome in ('succeeded', 'failed')),
    http_status       int,
    latency_ms        int,
    error             text,
    response_excerpt  text check (octet_length(response_excerpt) <= 4096),
    primary key (delivery_id, attempt)
);

-- How an endpoint has been answering; an endpoint failing for days, or answering 410, is disabled.
create table endpoint_health (
    endpoint_id           text primary key,
    workspace_id          text not null,
    failing_since         timestamptz,
    consecutive_failures  int not null default 0,
    last_success_at       timestamptz,
    last_failure_at       timestamptz,
    disabled_at           timestamptz,
    disabled_reason       text,
    -- set once the gateway (which owns the endpoint) has recorded the disabling
    disable_reported_at   timestamptz
);

alter table events enable row level security;
alter table event_log_heads enable row level security;
alter table deliveries enable row level security;
alter table delivery_attempts enable row level security;
alter table endpoint_health enable row level security;

create policy workspace_isolation on events
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on event_log_heads
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on deliveries
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on delivery_attempts
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on endpoint_health
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));

-- Attempts are history: the service may add them, never change them (retention removes them as the owner).
revoke update, delete, truncate on delivery_attempts from webhooks_app;

-- The schedulers work across workspaces; these narrow functions, owned by the schema owner, are
-- their only way to see more than one workspace, and they return ids, never content.

-- Workspaces with events that still need deliveries created.
create function fanout_pending_workspaces(p_limit int)
    returns table (workspace_id text)
    language sql stable security definer set search_path = webhooks, pg_temp
as $$
    select distinct workspace_id from events where not fanned_out limit p_limit
$$;

-- Claims due deliveries (pending and due, or delivering with a lapsed lease after a crash) and leases
-- them. A delivery of event n+1 to an endpoint waits while event n to that endpoint has not had its
-- first attempt, so that order is kept where it can be.
create function deliveries_claim(p_limit int, p_lease_seconds int)
    returns table (id text, workspace_id text)
    language sql security definer set search_path = webhooks, pg_temp
as $$
    with due as (
        select d.id from deliveries d
        where ((d.status = 'pending' and d.next_attempt_at <= now())
               or (d.status = 'delivering' and d.lease_until < now()))
          and (d.kind <> 'event' or not exists (
                select 1 from deliveries p
                where p.workspace_id = d.workspace_id and p.endpoint_id = d.endpoint_id and p.kind = 'event'
                  and p.attempts = 0 and p.status in ('pending', 'delivering') and p.event_seq < d.event_seq))
        order by d.next_attempt_at, d.event_seq
        limit p_limit
        for update of d skip locked
    )
    , claimed as (
        update deliveries u set status = 'delivering', lease_until = now() + make_interval(secs => p_lease_seconds)
        from due where u.id = due.id
        returning u.id, u.workspace_id, u.next_attempt_at, u.event_seq
    )
    -- RETURNING has no order of its own: hand the claims back oldest first, so that a workspace's
    -- deliveries can be attempted in order
    select c.id, c.workspace_id from claimed c order by c.next_attempt_at, c.event_seq
$$;

-- Endpoints disabled here whose disabling the gateway has not confirmed yet.
create function disables_unreported(p_limit int)
    returns table (workspace_id text, endpoint_id text, disabled_reason text)
    language sql stable security definer set search_path = webhooks, pg_temp
as $$
    select workspace_id, endpoint_id, disabled_reason from endpoint_health
    where disabled_at is not null and disable_reported_at is null
    order by disabled_at limit p_limit
$$;

-- Retention: removes events (and finished deliveries) recorded before the cutoff, a batch at a time.
create function purge_before(p_cutoff timestamptz, p_limit int)
    returns int
    language sql security definer set search_path = webhooks, pg_temp
as $$
    with old_deliveries as (
        delete from deliveries where id in (
            select id from deliveries where created_at < p_cutoff and status in ('succeeded', 'failed', 'cancelled')
            limit p_limit)
        returning 1
    ), old_events as (
        delete from events where (workspace_id, seq) in (
            select e.workspace_id, e.seq from events e
            where e.recorded_at < p_cutoff and e.fanned_out
              and not exists (select 1 from deliveries d where d.event_id = e.id and d.status in ('pending', 'delivering'))
            limit p_limit)
        returning 1
    )
    select ((select count(*) from old_deliveries) + (select count(*) from old_events))::int
$$;

revoke all on function fanout_pending_workspaces(int), deliveries_claim(int, int), disables_unreported(int),
    purge_before(timestamptz, int) from public;
grant execute on function fanout_pending_workspaces(int), deliveries_claim(int, int), disables_unreported(int),
    purge_before(timestamptz, int) to webhooks_app;
