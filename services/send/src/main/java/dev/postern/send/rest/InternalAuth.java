package dev.postern.send.rest;

import dev.postern.auth.InternalToken;
import dev.postern.send.config.InternalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Internal routes: the caller must present an internal token bound to the workspace in the path. */
@ApplicationScoped
public class InternalAuth {

    private final InternalSettings internal;

    public InternalAuth(InternalSettings internal) {
        this.internal = internal;
    }

    public void require(String token, String workspaceId) {
        InternalToken.verify(internal.secret(), token, Instant.now())
                .filter(claims -> claims.allowsWorkspace(workspaceId))
                .orElseThrow(ApiProblem::unauthorized);
    }
}
