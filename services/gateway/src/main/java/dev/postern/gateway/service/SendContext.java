package dev.postern.gateway.service;

import dev.postern.auth.WorkspaceContext;
import dev.postern.events.Actor;

/** Who asks for a send, and under which request: what every send.requested event records beside the message. */
public record SendContext(WorkspaceContext caller, Actor actor, String requestId, String idempotencyKey) {
}
