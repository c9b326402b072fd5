-- What the gateway knows of the messages it accepted: enough to answer for a message the send
-- service has not consumed yet ("queued"), and to keep another workspace's ids unknown. No
-- addresses, subjects or bodies: the send service owns the message.

create table accepted_messages (
    id                 text primary key,
    workspace_id       text not null references workspaces (id),
    agent_id           text not null references agents (id),
    message_id_header  text not null,
    status             text not null check (status in ('queued', 'scheduled')),
    scheduled_at       timestamptz,
    mode               text not null check (mode in ('live', 'test')),
    created_at         timestamptz not null default now()
);
create index accepted_messages_by_workspace on accepted_messages (workspace_id, id desc);
create index accepted_messages_by_age on accepted_messages (created_at);

alter table accepted_messages enable row level security;
create policy workspace_isolation on accepted_messages
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));

-- After 45 days (past the 30-day scheduling window) send has long known every message; the purge job trims this ledger.
create function accepted_messages_purge(p_limit int)
    returns int
    language sql security definer set search_path = gateway, pg_temp
as $$
    with gone as (
        delete from accepted_messages
        where ctid in (select ctid from accepted_messages where created_at <= now() - interval '45 days' limit p_limit)
        returning 1)
    select count(*)::int from gone
$$;

revoke all on function accepted_messages_purge(int) from public;
grant execute on function accepted_messages_purge(int) to gateway_app;
