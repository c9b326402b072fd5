package dev.postern.webhooks.rest;

import dev.postern.auth.InternalToken;
import dev.postern.webhooks.domain.Delivery;
import dev.postern.webhooks.domain.DeliveryAttempt;
import dev.postern.webhooks.repository.DeliveryRepository;
import dev.postern.webhooks.repository.TenantTransactions;
import dev.postern.webhooks.service.ManualDeliveries;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Deliveries of one endpoint, for the gateway's {@code /api/v1/webhooks/{id}/…} routes: the list with
 * every attempt, a test ping, and a redelivery by hand. The gateway has already checked that the
 * endpoint is the caller's; the token binds every call to that workspace here too.
 */
@Path("/internal/v1/workspaces/{workspaceId}/endpoints/{endpointId}")
@Produces(MediaType.APPLICATION_JSON)
public class InternalDeliveriesResource {

    private static final Pattern DELIVERY_ID = Pattern.compile("dlv_[0-9A-HJKMNP-TV-Z]{26}");
    private static final Set<String> STATUSES = Set.of(Delivery.PENDING, Delivery.DELIVERING, Delivery.SUCCEEDED,
            Delivery.FAILED, Delivery.CANCELLED);
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final InternalAuth auth;
    private final TenantTransactions transactions;
    private final DeliveryRepository deliveries;
    private final ManualDeliveries manual;

    public InternalDeliveriesResource(InternalAuth auth, TenantTransactions transactions, DeliveryRepository deliveries,
                                      ManualDeliveries manual) {
        this.auth = auth;
        this.transactions = transactions;
        this.deliveries = deliveries;
        this.manual = manual;
    }

    @GET
    @Path("deliveries")
    public Uni<Views.DeliveryPage> list(@PathParam("workspaceId") String ws, @PathParam("endpointId") String endpointId,
                                        @HeaderParam(InternalToken.HEADER) String token, @QueryParam("status") String status,
                                        @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        auth.require(token, ws);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw InternalApiException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        if (status != null && !STATUSES.contains(status)) {
            throw InternalApiException.invalid("status must be one of " + STATUSES);
        }
        if (cursor != null && !DELIVERY_ID.matcher(cursor).matches()) {
            throw InternalApiException.invalid("cursor is not a cursor this API returned");
        }
        return transactions.inWorkspace(ws, session -> deliveries.listForEndpoint(session, ws, endpointId, status, cursor, size + 1)
                .chain(rows -> {
                    List<Delivery> page = rows.stream().limit(size).toList();
                    return deliveries.attemptsOf(session, ws, page.stream().map(d -> d.id).toList()).map(attempts -> {
                        Map<String, List<DeliveryAttempt>> byDelivery = attempts.stream()
                                .collect(Collectors.groupingBy(a -> a.deliveryId));
                        List<Views.DeliveryView> views = page.stream()
                                .map(d -> Views.DeliveryView.of(d, byDelivery.getOrDefault(d.id, List.of()))).toList();
                        boolean more = rows.size() > size;
                        return new Views.DeliveryPage("list", views, more, more ? page.get(page.size() - 1).id : null);
                    });
                }));
    }

    @GET
    @Path("deliveries/{deliveryId}")
    public Uni<Views.DeliveryView> get(@PathParam("workspaceId") String ws, @PathParam("endpointId") String endpointId,
                                       @PathParam("deliveryId") String deliveryId, @HeaderParam(InternalToken.HEADER) String token) {
        auth.require(token, ws);
        return view(ws, endpointId, deliveryId);
    }

    @POST
    @Path("test")
    public Uni<Response> test(@PathParam("workspaceId") String ws, @PathParam("endpointId") String endpointId,
                              @HeaderParam(InternalToken.HEADER) String token) {
        auth.require(token, ws);
        return manual.ping(ws, endpointId).chain(d -> view(ws, endpointId, d.id))
                .map(v -> Response.status(201).entity(v).build());
    }

    @POST
    @Path("deliveries/{deliveryId}/redeliver")
    public Uni<Response> redeliver(@PathParam("workspaceId") String ws, @PathParam("endpointId") String endpointId,
                                   @PathParam("deliveryId") String deliveryId, @HeaderParam(InternalToken.HEADER) String token) {
        auth.require(token, ws);
        if (!DELIVERY_ID.matcher(deliveryId).matches()) {
            throw InternalApiException.notFound("Delivery " + deliveryId);
        }
        return manual.redeliver(ws, endpointId, deliveryId).chain(d -> view(ws, endpointId, d.id))
                .map(v -> Response.status(201).entity(v).build());
    }

    private Uni<Views.DeliveryView> view(String ws, String endpointId, String deliveryId) {
        return transactions.inWorkspace(ws, session -> deliveries.find(session, ws, deliveryId).chain(d -> {
            if (d == null || !d.endpointId.equals(endpointId)) {
                return Uni.createFrom().failure(InternalApiException.notFound("Delivery " + deliveryId));
            }
            return deliveries.attemptsOf(session, ws, List.of(d.id)).map(a -> Views.DeliveryView.of(d, a));
        }));
    }
}
