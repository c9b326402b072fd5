package dev.postern.webhooks.rest;

import dev.postern.auth.InternalToken;
import dev.postern.webhooks.config.InternalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Every internal route needs a token bound to the one workspace it acts for. */
@ApplicationScoped
public class InternalAuth {

    private final InternalSettings internal;

    public InternalAuth(InternalSettings internal) {
        this.internal = internal;
    }

    public void require(String token, String workspaceId) {
        InternalToken.verify(internal.secret(), token, Instant.now())
                .filter(claims -> claims.allowsWorkspace(workspaceId))
                .orElseThrow(() -> new InternalApiException(401, "invalid-internal-token",
                        "A valid internal token for this workspace is required."));
    }
}
