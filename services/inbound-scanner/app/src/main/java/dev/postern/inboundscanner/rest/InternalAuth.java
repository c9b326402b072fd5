package dev.postern.inboundscanner.rest;

import dev.postern.auth.InternalToken;
import dev.postern.inboundscanner.config.InternalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.regex.Pattern;

/** Every internal route needs a token bound to the one workspace in its path. */
@ApplicationScoped
public class InternalAuth {

    private static final Pattern WORKSPACE = Pattern.compile("ws_[0-9A-HJKMNP-TV-Z]{26}|[A-Za-z0-9_-]{1,64}");

    private final InternalSettings settings;

    public InternalAuth(InternalSettings settings) {
        this.settings = settings;
    }

    public void require(String token, String workspaceId) {
        boolean ok = workspaceId != null && WORKSPACE.matcher(workspaceId).matches()
                && InternalToken.verify(settings.secret(), token, Instant.now()).filter(c -> c.allowsWorkspace(workspaceId)).isPresent();
        if (!ok) {
            throw new InternalApiException(401, "invalid-internal-token", "A valid internal token for this workspace is required.");
        }
    }
}
