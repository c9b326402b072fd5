package dev.postern.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.auth.Scopes;
import dev.postern.events.Category;
import dev.postern.gateway.client.InternalCall;
import dev.postern.gateway.client.WebhooksRelay;
import dev.postern.gateway.config.WebhookSettings;
import dev.postern.gateway.service.WebhookEndpointService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Webhook endpoints (kept here) and their deliveries (kept by the webhooks service, read through
 * {@link WebhooksRelay} after the endpoint is found to be the caller's).
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    private static final Pattern ENDPOINT_ID = Pattern.compile("whe_[0-9A-HJKMNP-TV-Z]{26}");
    private static final Pattern DELIVERY_ID = Pattern.compile("dlv_[0-9A-HJKMNP-TV-Z]{26}");
    private static final Set<String> DELIVERY_STATUSES = Set.of("pending", "delivering", "succeeded", "failed", "cancelled");
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final Caller caller;
    private final WebhookEndpointService endpoints;
    private final WebhooksRelay webhooks;
    private final WebhookSettings settings;

    public WebhooksResource(Caller caller, WebhookEndpointService endpoints, WebhooksRelay webhooks, WebhookSettings settings) {
        this.caller = caller;
        this.endpoints = endpoints;
        this.webhooks = webhooks;
        this.settings = settings;
    }

    public record RotateSecret(Long expirePreviousInSeconds) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.WEBHOOKS_WRITE, category = Category.WORKSPACE, action = "webhooks.create", target = "webhook_endpoint")
    public Uni<Response> create(JsonNode body) {
        return endpoints.create(caller.context(), caller.actor(), body).map(issued -> {
            caller.target(issued.endpoint().id);
            return Response.status(201).entity(WebhookEndpointView.of(issued)).build();
        });
    }

    @GET
    @ApiAction(scope = Scopes.WEBHOOKS_READ, category = Category.WORKSPACE, action = "webhooks.list", target = "webhook_endpoint")
    public Uni<Page<WebhookEndpointView>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = limit(limit);
        if (cursor != null && !ENDPOINT_ID.matcher(cursor).matches()) {
            throw ProblemException.invalid("cursor", "is not a cursor this API returned");
        }
        return endpoints.list(caller.context(), cursor, size + 1).map(rows -> {
            List<WebhookEndpointView> page = rows.stream().limit(size).map(WebhookEndpointView::of).toList();
            return Page.of(page, rows.size() > size, page.isEmpty() ? null : page.get(page.size() - 1).id());
        });
    }

    @GET
    @Path("{id}")
    @ApiAction(scope = Scopes.WEBHOOKS_READ, category = Category.WORKSPACE, action = "webhooks.read", target = "webhook_endpoint")
    public Uni<WebhookEndpointView> get(@PathParam("id") String id) {
        return endpoints.get(caller.context(), endpointId(id)).map(WebhookEndpointView::of);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.WEBHOOKS_WRITE, category = Category.WORKSPACE, action = "webhooks.update", target = "webhook_endpoint")
    public Uni<WebhookEndpointView> update(@PathParam("id") String id, JsonNode patch) {
        return endpoints.update(caller.context(), caller.actor(), endpointId(id), patch).map(WebhookEndpointView::of);
    }

    @DELETE
    @Path("{id}")
    @ApiAction(scope = Scopes.WEBHOOKS_WRITE, category = Category.WORKSPACE, action = "webhooks.delete", target = "webhook_endpoint")
    public Uni<Response> delete(@PathParam("id") String id) {
        return endpoints.delete(caller.context(), caller.actor(), endpointId(id)).map(e -> Response.noContent().build());
    }

    @POST
    @Path("{id}/rotate-secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.WEBHOOKS_WRITE, category = Category.WORKSPACE, action = "webhooks.rotate_secret", target = "webhook_endpoint")
    public Uni<WebhookEndpointView> rotateSecret(@PathParam("id") String id, RotateSecret body) {
        Duration overlap = body == null || body.expirePreviousInSeconds() == null
                ? settings.defaultRotationOverlap() : Duration.ofSeconds(body.expirePreviousInSeconds());
        return endpoints.rotate(caller.context(), caller.actor(), endpointId(id), overlap).map(WebhookEndpointView::of);
    }

    @POST
    @Path("{id}/test")
    @ApiAction(scope = Scopes.WEBHOOKS_WRITE, category = Category.WORKSPACE, action = "webhooks.test", target = "webhook_endpoint")
    public Uni<Response> test(@PathParam("id") String id) {
        String ws = caller.workspaceId();
        return mine(id).chain(e -> webhooks.call(ws, c -> token -> c.test(ws, e, token))).map(InternalCall.Answer::toResponse);
    }

    @GET
    @Path("{id}/deliveries")
    @ApiAction(scope = Scopes.WEBHOOKS_READ, category = Category.WORKSPACE, action = "webhook_deliveries.list", target = "webhook_endpoint")
    public Uni<Response> deliveries(@PathParam("id") String id, @QueryParam("status") String status,
                                   @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        int size = limit(limit);
        if (status != null && !DELIVERY_STATUSES.contains(status)) {
            throw ProblemException.invalid("status", "must be one of " + DELIVERY_STATUSES);
        }
        if (cursor != null && !DELIVERY_ID.matcher(cursor).matches()) {
            throw ProblemException.invalid("cursor", "is not a cursor this API returned");
        }
        String ws = caller.workspaceId();
        return mine(id).chain(e -> webhooks.call(ws, c -> token -> c.deliveries(ws, e, token, status, cursor, size)))
                .map(InternalCall.Answer::toResponse);
    }

    @GET
    @Path("{id}/deliveries/{deliveryId}")
    @ApiAction(scope = Scopes.WEBHOOKS_READ, category = Category.WORKSPACE, action = "webhook_deliveries.read", target = "webhook_endpoint")
    public Uni<Response> delivery(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        String ws = caller.workspaceId();
        String did = deliveryId(deliveryId);
        return mine(id).chain(e -> webhooks.call(ws, c -> token -> c.delivery(ws, e, did, token))).map(InternalCall.Answer::toResponse);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @ApiAction(scope = Scopes.WEBHOOKS_WRITE, category = Category.WORKSPACE, action = "webhook_deliveries.redeliver", target = "webhook_endpoint")
    public Uni<Response> redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        String ws = caller.workspaceId();
        String did = deliveryId(deliveryId);
        return mine(id).chain(e -> webhooks.call(ws, c -> token -> c.redeliver(ws, e, did, token))).map(InternalCall.Answer::toResponse);
    }

    /** The endpoint's id once it is known to be the caller's (404 otherwise, whoever's it is). */
    private Uni<String> mine(String id) {
        return endpoints.get(caller.context(), endpointId(id)).map(e -> e.id);
    }

    private static String endpointId(String id) {
        if (id == null || !ENDPOINT_ID.matcher(id).matches()) {
            throw ProblemException.notFound("Webhook endpoint " + (id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id));
        }
        return id;
    }

    private static String deliveryId(String id) {
        if (id == null || !DELIVERY_ID.matcher(id).matches()) {
            throw ProblemException.notFound("Delivery");
        }
        return id;
    }

    private static int limit(Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return size;
    }
}
