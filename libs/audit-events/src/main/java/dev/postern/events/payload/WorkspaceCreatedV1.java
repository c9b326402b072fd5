package dev.postern.events.payload;

/** A workspace (tenant) came into being. */
public record WorkspaceCreatedV1(String workspaceId, String name) {
}
