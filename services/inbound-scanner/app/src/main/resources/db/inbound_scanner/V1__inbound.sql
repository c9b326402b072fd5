-- inbound-scanner schema: the agent directory and sent Message-IDs (projections), inbound messages with their
-- verdicts, the processing jobs, blocked senders, processed event ids and the transactional outbox.
-- Runs as the schema owner (role "inbound_scanner"); the service runs as "inbound_scanner_app", which owns nothing,
-- so the row-level security below applies to every query it makes.

-- Agents by address, projected from postern.workspace.v1 (agent.created/updated/archived).
create table directory_agents (
    agent_id      text primary key,
    workspace_id  text not null,
    address       text not null check (address = lower(address)),
    status        text not null check (status in ('active', 'paused', 'archived')),
    updated_at    timestamptz not null default now(),
    constraint directory_agents_address unique (address)
);
create index directory_agents_by_workspace on directory_agents (workspace_id);

-- Outbound messages, projected from postern.send-requests.v1 (Message-ID, thread) and postern.messages.v1 (status).
create table sent_messages (
    message_id         text primary key,
    workspace_id       text not null,
    agent_id           text,
    message_id_header  text,
    thread_id          text,
    subject            text,
    from_address       text,
    to_addresses       text,
    status             text not null default 'queued',
    requested_at       timestamptz,
    sent_at            timestamptz,
    updated_at         timestamptz not null default now()
);
create index sent_messages_by_header on sent_messages (workspace_id, message_id_header);
create index sent_messages_by_thread on sent_messages (workspace_id, thread_id);

create table inbound_messages (
    id                  text primary key,
    workspace_id        text not null,
    agent_id            text not null,
    recipient           text not null,
    envelope_from       text,
    source              text not null check (source in ('smtp', 'ses')),
    s3_key              text,
    size_bytes          bigint not null,
    received_at         timestamptz not null default now(),
    status              text not null check (status in ('received', 'delivered', 'quarantined', 'released', 'deleted', 'failed')),
    -- what parsing found (null until processed)
    from_address        text,
    from_name           text,
    subject             text,
    message_id_header   text,
    in_reply_to         text,
    reference_ids       text,
    thread_id           text,
    replied_to_message  text,
    kind                text check (kind in ('message', 'reply')),
    spf                 text,
    dkim                text,
    dmarc               text,
    text_body           text,
    reply_text          text,
    html_body           text,
    spotlighted_text    text,
    attachments         text,
    attachment_count    int not null default 0,
    flags               text,
    problems            text,
    -- the scan
    verdict             text check (verdict in ('clean', 'suspicious', 'quarantined')),
    injection_score     double precision,
    categories          text,
    evidence            text,
    layer_scores        text,
    reasons             text,
    scanner_version     text,
    scan_ms             double precision,
    processed_at        timestamptz,
    delivered_at        timestamptz,
    released_at         timestamptz,
    deleted_at          timestamptz,
    failure             text
);
create index inbound_by_workspace on inbound_messages (workspace_id, id desc);
create index inbound_by_thread on inbound_messages (workspace_id, thread_id);
create index inbound_by_sender on inbound_messages (workspace_id, from_address, received_at);

-- One row per message still to process: nothing is lost when a stage fails, the job is retried with backoff.
create table inbound_jobs (
    inbound_id       text primary key references inbound_messages (id),
    workspace_id     text not null,
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_error       text,
    created_at       timestamptz not null default now()
);
create index inbound_jobs_due on inbound_jobs (next_attempt_at);

create table blocked_senders (
    workspace_id      text not null,
    address           text not null,
    quarantined_count int not null,
    blocked_at        timestamptz not null default now(),
    primary key (workspace_id, address)
);

create table processed_events (
    event_id      text primary key,
    workspace_id  text not null,
    processed_at  timestamptz not null default now()
);

create table outbox (
    id            bigserial primary key,
    event_id      text not null unique,
    workspace_id  text not null,
    topic         text not null,
    payload       text not null,
    created_at    timestamptz not null default now()
);

alter table directory_agents enable row level security;
alter table sent_messages enable row level security;
alter table inbound_messages enable row level security;
alter table inbound_jobs enable row level security;
alter table blocked_senders enable row level security;
alter table processed_events enable row level security;
alter table outbox enable row level security;

create policy workspace_isolation on directory_agents
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on sent_messages
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on inbound_messages
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on inbound_jobs
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on blocked_senders
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on processed_events
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on outbox
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));

-- SMTP knows only the recipient address when it must accept or refuse it: this one narrow function finds the
-- mailbox by address and returns nothing else.
create function directory_find(p_address text)
    returns table (agent_id text, workspace_id text, status text)
    language sql stable security definer set search_path = inbound_scanner, pg_temp
as $$
    select agent_id, workspace_id, status from directory_agents where address = lower(p_address)
$$;

-- The job worker works across workspaces: it leases due jobs (so a second worker skips them) and returns which.
create function jobs_claim(p_limit int, p_lease_seconds int)
    returns table (inbound_id text, workspace_id text, attempts int)
    language sql security definer set search_path = inbound_scanner, pg_temp
as $$
    with due as (
        select j.inbound_id from inbound_jobs j
        where j.next_attempt_at <= now() order by j.next_attempt_at limit p_limit for update skip locked
    )
    update inbound_jobs j set attempts = j.attempts + 1,
                              next_attempt_at = now() + make_interval(secs => p_lease_seconds)
    from due where j.inbound_id = due.inbound_id
    returning j.inbound_id, j.workspace_id, j.attempts
$$;

create function outbox_claim(p_limit int)
    returns table (id bigint, event_id text, workspace_id text, topic text, payload text)
    language sql security definer set search_path = inbound_scanner, pg_temp
as $$
    select id, event_id, workspace_id, topic, payload
    from outbox order by id limit p_limit for update skip locked
$$;

create function outbox_delete(p_ids bigint[])
    returns int
    language sql security definer set search_path = inbound_scanner, pg_temp
as $$
    with gone as (delete from outbox where id = any (p_ids) returning 1)
    select count(*)::int from gone
$$;

revoke all on function directory_find(text), jobs_claim(int, int), outbox_claim(int), outbox_delete(bigint[]) from public;
grant execute on function directory_find(text), jobs_claim(int, int), outbox_claim(int), outbox_delete(bigint[])
    to inbound_scanner_app;
