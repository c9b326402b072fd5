package dev.postern.gateway.rest;

import dev.postern.auth.StoredApiKey;
import dev.postern.auth.WorkspaceContext;
import dev.postern.events.Actor;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The caller of the current request, as the auth filter established it. Resources read the
 * workspace from here and from nowhere else.
 */
@RequestScoped
public class Caller {

    private WorkspaceContext context;
    private StoredApiKey rejectedKey;
    private ApiAction action;
    private String route;
    private String targetId;
    private String ip;
    private String userAgent;

    /** The authenticated caller; only called from routes the auth filter has let through. */
    public WorkspaceContext context() {
        if (context == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return context;
    }

    public String workspaceId() {
        return context().workspaceId();
    }

    public Optional<WorkspaceContext> authenticated() {
        return Optional.ofNullable(context);
    }

    /** A key that was recognised but refused (expired, revoked): its workspace still gets the audit row. */
    public Optional<StoredApiKey> rejectedKey() {
        return Optional.ofNullable(rejectedKey);
    }

    public Optional<ApiAction> action() {
        return Optional.ofNullable(action);
    }

    public String route() {
        return route;
    }

    public Optional<String> targetId() {
        return Optional.ofNullable(targetId);
    }

    /** Names what the call acted on when it is not the {@code {id}} path parameter (e.g. a created key). */
    public void target(String id) {
        this.targetId = id;
    }

    /** The actor of whatever this request causes: the key (authenticated or refused), with the client's IP and user agent. */
    public Actor actor() {
        if (context != null) {
            return Actor.apiKey(context.keyId(), context.keyPrefix(), ip, userAgent);
        }
        if (rejectedKey != null) {
            return Actor.apiKey(rejectedKey.keyId(), rejectedKey.prefix(), ip, userAgent);
        }
        throw new IllegalStateException("no identified caller on this request");
    }

    void client(String ip, String userAgent) {
        this.ip = ip;
        this.userAgent = userAgent;
    }

    void authenticated(WorkspaceContext context) {
        this.context = context;
    }

    void rejected(StoredApiKey key) {
        this.rejectedKey = key;
    }

    void operation(ApiAction action, String route) {
        this.action = action;
        this.route = route;
    }
}
