-- Inbound mail names an address before anyone knows its workspace. The inbound-scanner keeps a
-- directory projected from postern.workspace.v1, which lags agent creation by a few seconds; for an
-- address it does not know yet it asks here. This one narrow function, owned by the schema owner,
-- looks a mailbox up by address and returns nothing else.
create function mailbox_find(p_address text)
    returns table (id text, workspace_id text, status text)
    language sql stable security definer set search_path = gateway, pg_temp
as $$
    select id, workspace_id, status from agents where address = lower(p_address)
$$;

revoke all on function mailbox_find(text) from public;
grant execute on function mailbox_find(text) to gateway_app;
