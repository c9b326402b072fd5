-- Agents: mailbox identities that send (and, later, receive) mail for a workspace.
-- name is unique per workspace; address is unique across the whole platform, archived agents
-- included, so that an address never comes to route to a different owner.

create table agents (
    id            text primary key,
    workspace_id  text not null references workspaces (id),
    name          text not null check (name ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    address       text not null check (length(address) between 3 and 254 and address = lower(address)),
    display_name  text check (display_name is null or length(display_name) between 1 and 100),
    status        text not null check (status in ('active', 'paused', 'archived')),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    archived_at   timestamptz,
    constraint agents_name_per_workspace unique (workspace_id, name),
    constraint agents_address_unique unique (address),
    constraint agents_archived_at check ((status = 'archived') = (archived_at is not null))
);
create index agents_by_workspace on agents (workspace_id, id desc);

alter table agents enable row level security;
create policy workspace_isolation on agents
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
