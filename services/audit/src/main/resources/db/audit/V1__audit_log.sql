-- The audit log: one row per event, hash-chained per workspace.
-- Owned by role "audit"; the service runs as "audit_app" under row-level security.

create table audit_log (
    workspace_id      text not null,
    seq               bigint not null check (seq > 0),
    event_id          text not null unique,
    event_type        text not null,
    occurred_at       timestamptz not null,
    recorded_at       timestamptz not null default now(),
    source            text,
    category          text not null,
    action            text not null,
    actor_type        text,
    actor_id          text,
    actor_key_prefix  text,
    actor_ip          text,
    actor_user_agent  text,
    target_type       text,
    target_id         text,
    correlation_id    text,
    -- the event's data in canonical JSON, exactly as hashed
    data              text,
    prev_hash         text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash              text not null check (hash ~ '^[0-9a-f]{64}$'),
    primary key (workspace_id, seq)
);
create index audit_log_by_time on audit_log (workspace_id, occurred_at);
create index audit_log_by_category on audit_log (workspace_id, category, seq desc);

-- The head of each workspace's chain, locked while a row is appended.
create table audit_chain_head (
    workspace_id  text primary key,
    last_seq      bigint not null,
    last_hash     text not null
);

alter table audit_log enable row level security;
alter table audit_chain_head enable row level security;

create policy workspace_isolation on audit_log
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on audit_chain_head
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));

-- The log is append-only for the service: it may insert rows, never change or remove them.
revoke update, delete, truncate on audit_log from audit_app;
