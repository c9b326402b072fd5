-- Webhook endpoints: where a workspace's public events are delivered, and the secret they are signed with.
-- The signing secrets are stored encrypted (AES-256-GCM, key from postern.webhooks.encryption-key, the
-- workspace and endpoint ids as associated data); the plaintext is shown once, at creation or rotation.

create table webhook_endpoints (
    id                          text primary key,
    workspace_id                text not null references workspaces (id),
    url                         text not null check (length(url) between 1 and 2048),
    description                 text check (length(description) <= 500),
    -- space-separated public event types or "<prefix>.*"; empty means every type
    event_types                 text not null default '',
    active                      boolean not null default true,
    secret_ciphertext           text not null,
    -- the secret before the last rotation, still signed with until previous_secret_expires_at
    previous_secret_ciphertext  text,
    previous_secret_expires_at  timestamptz,
    disabled_reason             text,
    disabled_at                 timestamptz,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null
);
create index webhook_endpoints_by_workspace on webhook_endpoints (workspace_id, id desc);

alter table webhook_endpoints enable row level security;
create policy workspace_isolation on webhook_endpoints
    using (workspace_id = current_setting('app.workspace_id', true))
    with check (workspace_id = current_setting('app.workspace_id', true));
