-- Send schema: outbound messages (one row per message, one per recipient, their status history),
-- the suppression list, processed event ids and the transactional outbox.
-- Runs as the schema owner (role "send"); the service runs as "send_app", which owns nothing, so
-- the row-level security below applies to every query it makes.

create table messages (
    id                 text primary key check (id ~ '^msg_[0-9A-Z]{26}$'),
    workspace_id       text not null,
    agent_id           text not null,
    message_id_header  text not null,
    from_address       text not null,
    from_name          text,
    subject            text not null,
    mode               text not null check (mode in ('live', 'test')),
    status             text not null check (status in ('queued', 'scheduled', 'sent', 'delivered', 'bounced',
                                                       'complained', 'failed', 'suppressed', 'cancelled')),
    -- bodies, custom headers, attachments, threading, tags and metadata as JSON: what is needed to
    -- compose the mail and to answer reads, never queried by field
    content            text not null,
    scheduled_at       timestamptz,
    -- when the dispatcher should next try to transmit; null once nothing is left to transmit
    next_attempt_at    timestamptz,
    -- set while one dispatcher transmits the message; a crashed dispatcher's lease runs out
    lease_until        timestamptz,
    attempts           int not null default 0,
    last_error         text,
    request_event_id   text not null,
    correlation_id     text,
    idempotency_key    text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    sent_at            timestamptz
);
create index messages_newest on messages (workspace_id, id desc);
create index messages_by_agent on messages (workspace_id, agent_id, id desc);
create index messages_due on messages (next_attempt_at) where next_attempt_at is not null;

create table message_recipients (
    workspace_id         text not null,
    message_id           text not null references messages (id),
    address              text not null,
    kind                 text not null check (kind in ('to', 'cc', 'bcc')),
    position             int not null,
    status               text not null check (status in ('queued', 'sent', 'delivered', 'bounced', 'complained',
                                                         'failed', 'suppressed', 'cancelled')),
    reason               text,
    provider_message_id  text,
    smtp_response        text,
    updated_at           timestamptz not null default now(),
    primary key (message_id, address)
);
create index message_recipients_by_provider_id on message_recipients (provider_message_id)
    where provider_message_id is not null;

create table message_history (
    id            bigserial primary key,
    workspace_id  text not null,
    message_id    text not null references messages (id),
    status        text not null,
    reason        text,
    at            timestamptz not null default now()
);
create index message_history_by_message on message_history (message_id, id);

create table suppressions (
    workspace_id       text not null,
    address            text not null check (address = lower(address)),
    reason             text not null check (reason in ('hard_bounce', 'complaint', 'unsubscribe', 'manual')),
    source_message_id  text,
    created_at         timestamptz not null default now(),
    primary key (workspace_id, address)
);
create index suppressions_newest on suppressions (workspace_id, created_at desc, address);

-- Ids of consumed events (and of SNS notifications), written in the transaction of their effect.
create table processed_events (
    event_id      text primary key,
    workspace_id  text not null,
    processed_at  timestamptz not null default now()
);

-- Events written in the same transaction as the change they describe; the relay publishes them
-- to Kafka (key = workspace_id) in id order and then deletes them.
create table outbox (
    id            bigserial primary key,
    event_id      text not null unique,
    workspace_id  text not null,
    topic         text not null,
    payload       text not null,
    created_at    timestamptz not null default now()
);

alter table messages enable row level security;
alter table message_recipients enable row level security;
alter table message_history enable row level security;
alter table suppressions enable row level security;
alter table processed_events enable row level security;
alter table outbox enable row level security;

create policy workspace_isolation on messages
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on message_recipients
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on message_history
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on suppressions
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on processed_events
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on outbox
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));

-- The few operations that are not one tenant's, each a narrow function owned by the schema owner.

-- The outbox relay claims a batch (locked until its transaction ends) and deletes what it published.
create function outbox_claim(p_limit int)
    returns table (id bigint, event_id text, workspace_id text, topic text, payload text)
    language sql security definer set search_path = send, pg_temp
as $$
    select id, event_id, workspace_id, topic, payload
    from outbox order by id limit p_limit for update skip locked
$$;

create function outbox_delete(p_ids bigint[])
    returns int
    language sql security definer set search_path = send, pg_temp
as $$
    with gone as (delete from outbox where id = any (p_ids) returning 1)
    select count(*)::int from gone
$$;

-- The dispatcher leases due messages: returns only their workspace and id; the transmission itself
-- then runs in a transaction scoped to that workspace.
create function dispatch_claim(p_limit int, p_lease_seconds int)
    returns table (workspace_id text, id text)
    language sql security definer set search_path = send, pg_temp
as $$
    update messages m set lease_until = now() + make_interval(secs => p_lease_seconds)
    where m.id in (select d.id from messages d
                   where d.next_attempt_at <= now() and (d.lease_until is null or d.lease_until < now())
                   order by d.next_attempt_at limit p_limit for update skip locked)
    returning m.workspace_id, m.id
$$;

-- Provider feedback (SES through SNS) names a transmission, not a workspace: find whose it is.
create function feedback_find_by_provider_id(p_provider_message_id text)
    returns table (workspace_id text, message_id text)
    language sql stable security definer set search_path = send, pg_temp
as $$
    select workspace_id, message_id from message_recipients where provider_message_id = p_provider_message_id limit 1
$$;

create function feedback_find_by_message_id(p_message_id text)
    returns table (workspace_id text, message_id text)
    language sql stable security definer set search_path = send, pg_temp
as $$
    select workspace_id, id from messages where id = p_message_id
$$;

revoke all on function outbox_claim(int), outbox_delete(bigint[]), dispatch_claim(int, int),
    feedback_find_by_provider_id(text), feedback_find_by_message_id(text) from public;
grant execute on function outbox_claim(int), outbox_delete(bigint[]), dispatch_claim(int, int),
    feedback_find_by_provider_id(text), feedback_find_by_message_id(text) to send_app;
