package dev.postern.auth;

import java.util.List;

/**
 * Who is calling, established from the credential and nothing else: the workspace of a request is
 * never read from its path, query or body.
 */
public record WorkspaceContext(String workspaceId, String keyId, String keyPrefix, KeyMode mode,
                               List<String> scopes) {

    public boolean may(String scope) {
        return Scopes.grants(scopes, scope);
    }
}
