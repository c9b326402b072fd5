package dev.postern.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.auth.WebhookSignature;
import dev.postern.auth.WebhookTarget;
import dev.postern.auth.WorkspaceContext;
import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventIds;
import dev.postern.events.EventType;
import dev.postern.events.Target;
import dev.postern.events.payload.WebhookEndpointChangedV1;
import dev.postern.gateway.config.WebhookSettings;
import dev.postern.gateway.domain.WebhookEndpoint;
import dev.postern.gateway.repository.OutboxRepository;
import dev.postern.gateway.repository.TenantTransactions;
import dev.postern.gateway.repository.WebhookEndpointRepository;
import dev.postern.gateway.rest.Problem;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Registering, changing, rotating and removing webhook endpoints. Every change writes its
 * {@code webhook_endpoint.*} event (metadata only, never the secret) in the same transaction.
 */
@ApplicationScoped
public class WebhookEndpointService {

    static final String SOURCE = "postern/gateway";
    static final Duration MAX_ROTATION_OVERLAP = Duration.ofDays(7);
    private static final Set<String> CREATE_FIELDS = Set.of("url", "event_types", "description", "active");

    private final WebhookEndpointRepository endpoints;
    private final OutboxRepository outbox;
    private final TenantTransactions transactions;
    private final SecretCipher cipher;
    private final WebhookUrlPolicy urls;
    private final WebhookSettings settings;

    public WebhookEndpointService(WebhookEndpointRepository endpoints, OutboxRepository outbox, TenantTransactions transactions,
                                  SecretCipher cipher, WebhookUrlPolicy urls, WebhookSettings settings) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.transactions = transactions;
        this.cipher = cipher;
        this.urls = urls;
        this.settings = settings;
    }

    /** An endpoint with the plaintext secret, which only the response that made it shows. */
    public record Issued(WebhookEndpoint endpoint, String secret) {
    }

    public Uni<Issued> create(WorkspaceContext caller, Actor actor, JsonNode body) {
        WebhookEndpointRules.onlyKnownFields(body, CREATE_FIELDS);
        List<Problem.FieldError> errors = new ArrayList<>();
        String url = WebhookEndpointRules.url(body.get("url"), errors);
        List<String> types = WebhookEndpointRules.eventTypes(body.get("event_types"), errors);
        String description = WebhookEndpointRules.description(body.get("description"), errors);
        Boolean active = WebhookEndpointRules.active(body.get("active"), errors);
        WebhookEndpointRules.throwIfAny(errors);
        String ws = caller.workspaceId();
        return urls.check(url).chain(checked -> transactions.inWorkspace(ws, session -> endpoints.count(session, ws).chain(n -> {
            if (n >= settings.maxEndpointsPerWorkspace()) {
                return Uni.createFrom().failure(new ProblemException(409, "webhook-endpoint-limit", "Conflict",
                        "A workspace may have at most " + settings.maxEndpointsPerWorkspace() + " webhook endpoints."));
            }
            Instant now = now();
            WebhookEndpoint e = new WebhookEndpoint();
            e.id = "whe_" + EventIds.ulid(now);
            e.workspaceId = ws;
            e.url = checked;
            e.description = description;
            e.eventTypes = String.join(" ", types);
            e.active = active == null || active;
            String secret = WebhookSignature.newSecret();
            e.secretCiphertext = cipher.encrypt(secret, ws, e.id);
            e.createdAt = now;
            e.updatedAt = now;
            return endpoints.persist(session, e)
                    .chain(() -> outbox.append(session, event(EventType.WEBHOOK_ENDPOINT_CREATED, e, actor, List.of(), null)))
                    .replaceWith(new Issued(e, secret));
        })));
    }

    public Uni<WebhookEndpoint> get(WorkspaceContext caller, String id) {
        return transactions.inWorkspace(caller.workspaceId(), session -> endpoints.find(session, caller.workspaceId(), id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Webhook endpoint " + id));
    }

    public Uni<List<WebhookEndpoint>> list(WorkspaceContext caller, String before, int limit) {
        return transactions.inWorkspace(caller.workspaceId(), session -> endpoints.list(session, caller.workspaceId(), before, limit));
    }

    /** Applies the fields present in {@code patch}; absent fields stay, {@code description: null} clears it. */
    public Uni<WebhookEndpoint> update(WorkspaceContext caller, Actor actor, String id, JsonNode patch) {
        WebhookEndpointRules.onlyKnownFields(patch, WebhookEndpointRules.PATCHABLE);
        List<Problem.FieldError> errors = new ArrayList<>();
        String url = patch.has("url") ? WebhookEndpointRules.url(patch.get("url"), errors) : null;
        List<String> types = patch.has("event_types") ? WebhookEndpointRules.eventTypes(patch.get("event_types"), errors) : null;
        String description = WebhookEndpointRules.description(patch.get("description"), errors);
        Boolean active = WebhookEndpointRules.active(patch.get("active"), errors);
        if (patch.has("active") && active == null) {
            errors.add(new Problem.FieldError("active", "must be true or false"));
        }
        WebhookEndpointRules.throwIfAny(errors);
        Uni<String> checkedUrl = url == null ? Uni.createFrom().nullItem() : urls.check(url);
        String ws = caller.workspaceId();
        return checkedUrl.chain(checked -> transactions.inWorkspace(ws, session -> found(session, ws, id).chain(e -> {
            List<String> changed = new ArrayList<>();
            if (checked != null && !checked.equals(e.url)) {
                e.url = checked;
                changed.add("url");
            }
            if (types != null && !String.join(" ", types).equals(e.eventTypes)) {
                e.eventTypes = String.join(" ", types);
                changed.add("event_types");
            }
            if (patch.has("description") && !java.util.Objects.equals(description, e.description)) {
                e.description = description;
                changed.add("description");
            }
            if (active != null && active != e.active) {
                e.active = active;
                if (active) {
                    e.disabledReason = null;
                    e.disabledAt = null;
                }
                changed.add("active");
            }
            if (changed.isEmpty()) {
                return Uni.createFrom().item(e);
            }
            e.updatedAt = now();
            return outbox.append(session, event(EventType.WEBHOOK_ENDPOINT_UPDATED, e, actor, changed, null)).replaceWith(e);
        })));
    }

    public Uni<WebhookEndpoint> delete(WorkspaceContext caller, Actor actor, String id) {
        String ws = caller.workspaceId();
        return transactions.inWorkspace(ws, session -> found(session, ws, id).chain(e -> endpoints.delete(session, e)
                .chain(() -> outbox.append(session, event(EventType.WEBHOOK_ENDPOINT_DELETED, e, actor, List.of(), null)))
                .replaceWith(e)));
    }

    /**
     * A new secret; the old one keeps signing (deliveries carry both signatures) for {@code overlap}.
     * A secret rotated out earlier and still in its overlap is dropped: at most two are ever live.
     */
    public Uni<Issued> rotate(WorkspaceContext caller, Actor actor, String id, Duration overlap) {
        if (overlap.isNegative() || overlap.compareTo(MAX_ROTATION_OVERLAP) > 0) {
            throw ProblemException.invalid("expire_previous_in_seconds", "must be between 0 and " + MAX_ROTATION_OVERLAP.toSeconds());
        }
        String ws = caller.workspaceId();
        return transactions.inWorkspace(ws, session -> found(session, ws, id).chain(e -> {
            Instant now = now();
            String secret = WebhookSignature.newSecret();
            e.previousSecretCiphertext = overlap.isZero() ? null : e.secretCiphertext;
            e.previousSecretExpiresAt = overlap.isZero() ? null : now.plus(overlap);
            e.secretCiphertext = cipher.encrypt(secret, ws, e.id);
            e.updatedAt = now;
            return outbox.append(session, event(EventType.WEBHOOK_ENDPOINT_UPDATED, e, actor, List.of("secret"), null))
                    .replaceWith(new Issued(e, secret));
        }));
    }

    /** The webhooks service found the endpoint gone (410) or failing for days. Idempotent. */
    public Uni<WebhookEndpoint> disable(String workspaceId, String id, String reason, Actor actor) {
        return transactions.inWorkspace(workspaceId, session -> found(session, workspaceId, id).chain(e -> {
            if (!e.active) {
                return Uni.createFrom().item(e);
            }
            Instant now = now();
            e.active = false;
            e.disabledReason = reason;
            e.disabledAt = now;
            e.updatedAt = now;
            return outbox.append(session, event(EventType.WEBHOOK_ENDPOINT_DISABLED, e, actor, List.of("active"), reason)).replaceWith(e);
        }));
    }

    /** Every endpoint of a workspace with its live secrets, for the webhooks service only. */
    public Uni<List<DirectoryEntry>> directory(String workspaceId) {
        Instant now = Instant.now();
        return transactions.inWorkspace(workspaceId, session -> endpoints.list(session, workspaceId, null, 1000))
                .map(list -> list.stream().map(e -> {
                    List<String> secrets = new ArrayList<>();
                    secrets.add(cipher.decrypt(e.secretCiphertext, workspaceId, e.id));
                    if (e.previousSecretValid(now)) {
                        secrets.add(cipher.decrypt(e.previousSecretCiphertext, workspaceId, e.id));
                    }
                    return new DirectoryEntry(e.id, e.url, e.eventTypeList(), e.active, secrets, e.updatedAt);
                }).toList());
    }

    /** An endpoint as the webhooks service needs it. */
    public record DirectoryEntry(String id, String url, List<String> eventTypes, boolean active, List<String> secrets,
                                 Instant updatedAt) {
    }

    private Uni<WebhookEndpoint> found(Mutiny.Session session, String ws, String id) {
        return endpoints.find(session, ws, id).onItem().ifNull().failWith(() -> ProblemException.notFound("Webhook endpoint " + id));
    }

    private static EventEnvelope event(EventType type, WebhookEndpoint e, Actor actor, List<String> changed, String reason) {
        return EventEnvelope.builder(type).source(SOURCE).workspace(e.workspaceId).actor(actor)
                .target(Target.of("webhook_endpoint", e.id))
                .data(new WebhookEndpointChangedV1(e.id, WebhookTarget.redact(e.url).orElse(null), e.description, e.eventTypeList(),
                        e.active, changed, reason))
                .build();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
