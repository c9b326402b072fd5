package dev.postern.gateway.service;

import dev.postern.auth.ApiKeyFormat;
import dev.postern.auth.KeyMode;
import dev.postern.auth.Scopes;
import dev.postern.auth.WorkspaceContext;
import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventType;
import dev.postern.events.Target;
import dev.postern.events.payload.ApiKeyCreatedV1;
import dev.postern.events.payload.ApiKeyRevokedV1;
import dev.postern.gateway.domain.ApiKey;
import dev.postern.gateway.domain.Ids;
import dev.postern.gateway.repository.ApiKeyRepository;
import dev.postern.gateway.repository.OutboxRepository;
import dev.postern.gateway.repository.TenantTransactions;
import dev.postern.gateway.rest.Problem;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Issuing, listing, rotating and revoking keys. Every change writes its event in the same transaction. */
@ApplicationScoped
public class ApiKeyService {

    static final String SOURCE = "postern/gateway";
    private static final Duration MAX_LIFETIME = Duration.ofDays(5 * 366);
    private static final Duration MAX_ROTATION_OVERLAP = Duration.ofDays(30);

    private final ApiKeyRepository keys;
    private final OutboxRepository outbox;
    private final TenantTransactions transactions;

    public ApiKeyService(ApiKeyRepository keys, OutboxRepository outbox, TenantTransactions transactions) {
        this.keys = keys;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /** What a caller asks for; null fields take defaults. */
    public record KeyRequest(String name, List<String> scopes, Instant expiresAt) {
    }

    public Uni<IssuedKey> create(WorkspaceContext caller, Actor actor, KeyRequest request) {
        List<String> scopes = validate(caller, request);
        return transactions.inWorkspace(caller.workspaceId(),
                session -> issue(session, caller.workspaceId(), request.name().strip(), caller.mode(), scopes,
                        request.expiresAt(), actor));
    }

    /**
     * Issues a successor with the same name, mode and scopes, and lets the old key live on for
     * {@code overlap} so deployments can switch without downtime.
     */
    public Uni<IssuedKey> rotate(WorkspaceContext caller, Actor actor, String keyId, Duration overlap) {
        if (overlap.isNegative() || overlap.compareTo(MAX_ROTATION_OVERLAP) > 0) {
            throw ProblemException.invalid("expire_previous_in_seconds", "must be between 0 and " + MAX_ROTATION_OVERLAP.toSeconds());
        }
        return transactions.inWorkspace(caller.workspaceId(), session -> keys.find(session, caller.workspaceId(), keyId)
                .chain(old -> {
                    if (old == null) {
                        return Uni.createFrom().failure(ProblemException.notFound("API key " + keyId));
                    }
                    if (old.revokedAt != null) {
                        return Uni.createFrom().failure(new ProblemException(409, "api-key-revoked", "Conflict",
                                "A revoked key cannot be rotated."));
                    }
                    if (!old.mode.equals(caller.mode().wireName())) {
                        return Uni.createFrom().failure(ProblemException.forbidden("mode-mismatch",
                                "A " + caller.mode().wireName() + " key cannot rotate a " + old.mode + " key."));
                    }
                    Instant until = Instant.now().plus(overlap).truncatedTo(ChronoUnit.MILLIS);
                    if (old.expiresAt == null || old.expiresAt.isAfter(until)) {
                        old.expiresAt = until;
                    }
                    return issue(session, caller.workspaceId(), old.name, caller.mode(), old.scopeList(), null, actor);
                }));
    }

    public Uni<ApiKey> revoke(WorkspaceContext caller, Actor actor, String keyId) {
        return transactions.inWorkspace(caller.workspaceId(), session -> keys.find(session, caller.workspaceId(), keyId)
                .chain(key -> {
                    if (key == null) {
                        return Uni.createFrom().failure(ProblemException.notFound("API key " + keyId));
                    }
                    if (key.revokedAt != null) {
                        return Uni.createFrom().item(key); // revoking twice changes nothing
                    }
                    key.revokedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    EventEnvelope event = EventEnvelope.builder(EventType.API_KEY_REVOKED)
                            .source(SOURCE).workspace(caller.workspaceId()).actor(actor)
                            .target(Target.of("api_key", key.id))
                            .data(new ApiKeyRevokedV1(key.id, key.prefix))
                            .build();
                    return outbox.append(session, event).replaceWith(key);
                }));
    }

    public Uni<ApiKey> get(WorkspaceContext caller, String keyId) {
        return transactions.inWorkspace(caller.workspaceId(), session -> keys.find(session, caller.workspaceId(), keyId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("API key " + keyId));
    }

    public Uni<List<ApiKey>> list(WorkspaceContext caller, String before, int limit) {
        return transactions.inWorkspace(caller.workspaceId(), session -> keys.list(session, caller.workspaceId(), before, limit));
    }

    /** Creates one key and its event inside the caller's transaction. Used for new workspaces too. */
    Uni<IssuedKey> issue(Mutiny.Session session, String workspaceId, String name, KeyMode mode, List<String> scopes,
                         Instant expiresAt, Actor actor) {
        ApiKeyFormat.WellFormedKey secret = ApiKeyFormat.generate(mode);
        ApiKey key = new ApiKey();
        key.id = Ids.apiKey();
        key.workspaceId = workspaceId;
        key.name = name;
        key.prefix = secret.displayPrefix();
        key.keyHash = secret.sha256();
        key.mode = mode.wireName();
        key.scopes = String.join(" ", scopes);
        key.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        key.expiresAt = expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MILLIS);
        EventEnvelope event = EventEnvelope.builder(EventType.API_KEY_CREATED)
                .source(SOURCE).workspace(workspaceId).actor(actor)
                .target(Target.of("api_key", key.id))
                .data(new ApiKeyCreatedV1(key.id, key.name, key.prefix, key.mode, scopes, key.expiresAt))
                .build();
        return keys.persist(session, key)
                .chain(() -> outbox.append(session, event))
                .replaceWith(new IssuedKey(key, secret.value()));
    }

    private static List<String> validate(WorkspaceContext caller, KeyRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.name() == null || request.name().isBlank()) {
            errors.add(new Problem.FieldError("name", "is required"));
        } else if (request.name().strip().length() > 200) {
            errors.add(new Problem.FieldError("name", "must be at most 200 characters"));
        }
        List<String> scopes = request.scopes() == null ? Scopes.DEFAULT : List.copyOf(new LinkedHashSet<>(request.scopes()));
        if (scopes.isEmpty()) {
            errors.add(new Problem.FieldError("scopes", "must name at least one scope"));
        }
        for (String scope : scopes) {
            if (scope == null || !Scopes.isKnown(scope)) {
                errors.add(new Problem.FieldError("scopes", "unknown scope '" + scope + "'; known: " + Scopes.KNOWN));
            } else if (!caller.may(scope)) {
                errors.add(new Problem.FieldError("scopes", "a key cannot grant '" + scope + "', which it does not hold itself"));
            }
        }
        Instant now = Instant.now();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            errors.add(new Problem.FieldError("expires_at", "must be in the future"));
        } else if (request.expiresAt() != null && request.expiresAt().isAfter(now.plus(MAX_LIFETIME))) {
            errors.add(new Problem.FieldError("expires_at", "must be within five years"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return scopes;
    }
}
