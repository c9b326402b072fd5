-- Idempotency records: the first successful response to a POST that carried an Idempotency-Key,
-- replayed byte for byte for 24 hours to a retry with the same key and the same request.
-- Keys are scoped to the workspace and the key mode (a test key never replays a live response).
-- The record is written in the transaction that does the work, so a key is either unused or
-- bound to a completed response; a concurrent duplicate waits on the primary key, then replays.

create table idempotency_keys (
    workspace_id   text not null references workspaces (id),
    mode           text not null check (mode in ('live', 'test')),
    idem_key       text not null check (length(idem_key) between 1 and 255),
    request_hash   text not null check (request_hash ~ '^[0-9a-f]{64}$'),
    status_code    int,
    content_type   text,
    response_body  text,
    resource_id    text,
    created_at     timestamptz not null default now(),
    expires_at     timestamptz not null,
    primary key (workspace_id, mode, idem_key)
);
create index idempotency_keys_expiry on idempotency_keys (expires_at);

alter table idempotency_keys enable row level security;
create policy workspace_isolation on idempotency_keys
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));

-- The purge job works across workspaces: it deletes expired records, a bounded batch at a time.
create function idempotency_purge(p_limit int)
    returns int
    language sql security definer set search_path = gateway, pg_temp
as $$
    with gone as (
        delete from idempotency_keys
        where ctid in (select ctid from idempotency_keys where expires_at <= now() limit p_limit)
        returning 1)
    select count(*)::int from gone
$$;

revoke all on function idempotency_purge(int) from public;
grant execute on function idempotency_purge(int) to gateway_app;
