-- Gateway schema: workspaces, API keys (SHA-256 only), the transactional outbox.
-- Runs as the schema owner (role "gateway"); the service runs as "gateway_app", which is not the
-- owner, so the row-level security below applies to every query it makes.

create table workspaces (
    id          text primary key,
    name        text not null check (length(name) between 1 and 200),
    created_at  timestamptz not null default now()
);

create table api_keys (
    id            text primary key,
    workspace_id  text not null references workspaces (id),
    name          text not null check (length(name) between 1 and 200),
    prefix        text not null,
    key_hash      text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
    mode          text not null check (mode in ('live', 'test')),
    scopes        text not null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz,
    revoked_at    timestamptz
);
create index api_keys_by_workspace on api_keys (workspace_id, id desc);

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

-- Tenant isolation in the database: a row is visible only inside a transaction that declared its
-- workspace with set_config('app.workspace_id', ..., true).
alter table workspaces enable row level security;
alter table api_keys enable row level security;
alter table outbox enable row level security;

create policy workspace_isolation on workspaces
    using (id = current_setting('app.workspace_id', true))
    with check (id = current_setting('app.workspace_id', true));
create policy workspace_isolation on api_keys
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
create policy workspace_isolation on outbox
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));

-- Authentication has to find a key before it knows the workspace: this one narrow function, owned
-- by the schema owner, looks a key up by its hash and returns nothing else.
create function auth_find_key(p_key_hash text)
    returns table (id text, workspace_id text, prefix text, mode text, scopes text,
                   expires_at timestamptz, revoked_at timestamptz)
    language sql stable security definer set search_path = gateway, pg_temp
as $$
    select id, workspace_id, prefix, mode, scopes, expires_at, revoked_at
    from api_keys where key_hash = p_key_hash
$$;

-- The outbox relay works across workspaces; it claims a batch (locked until its transaction ends)
-- and deletes what it has published.
create function outbox_claim(p_limit int)
    returns table (id bigint, event_id text, workspace_id text, topic text, payload text)
    language sql security definer set search_path = gateway, pg_temp
as $$
    select id, event_id, workspace_id, topic, payload
    from outbox order by id limit p_limit for update skip locked
$$;

create function outbox_delete(p_ids bigint[])
    returns int
    language sql security definer set search_path = gateway, pg_temp
as $$
    with gone as (delete from outbox where id = any (p_ids) returning 1)
    select count(*)::int from gone
$$;

revoke all on function auth_find_key(text), outbox_claim(int), outbox_delete(bigint[]) from public;
grant execute on function auth_find_key(text), outbox_claim(int), outbox_delete(bigint[]) to gateway_app;
