package dev.postern.gateway.rest;

import dev.postern.auth.Scopes;
import dev.postern.events.Category;
import dev.postern.gateway.service.ApiKeyService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    private static final Pattern KEY_ID = Pattern.compile("key_[0-9A-HJKMNP-TV-Z]{26}");
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final Caller caller;
    private final ApiKeyService keys;

    public ApiKeysResource(Caller caller, ApiKeyService keys) {
        this.caller = caller;
        this.keys = keys;
    }

    public record CreateKey(String name, List<String> scopes, Instant expiresAt) {
    }

    public record RotateKey(Long expirePreviousInSeconds) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.API_KEYS_WRITE, category = Category.AUTH, action = "api_keys.create", target = "api_key")
    public Uni<Response> create(CreateKey body) {
        if (body == null) {
            throw ProblemException.invalid("name", "is required");
        }
        return keys.create(caller.context(), caller.actor(), new ApiKeyService.KeyRequest(body.name(), body.scopes(), body.expiresAt()))
                .map(issued -> {
                    caller.target(issued.stored().id);
                    return Response.status(201).entity(ApiKeyView.of(issued)).build();
                });
    }

    @GET
    @ApiAction(scope = Scopes.API_KEYS_READ, category = Category.AUTH, action = "api_keys.list", target = "api_key")
    public Uni<Page<ApiKeyView>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor != null && !KEY_ID.matcher(cursor).matches()) {
            throw ProblemException.invalid("cursor", "is not a cursor this API returned");
        }
        return keys.list(caller.context(), cursor, size + 1).map(rows -> {
            boolean more = rows.size() > size;
            List<ApiKeyView> page = rows.stream().limit(size).map(ApiKeyView::of).toList();
            return Page.of(page, more, page.isEmpty() ? null : page.get(page.size() - 1).id());
        });
    }

    @GET
    @Path("{id}")
    @ApiAction(scope = Scopes.API_KEYS_READ, category = Category.AUTH, action = "api_keys.read", target = "api_key")
    public Uni<ApiKeyView> get(@PathParam("id") String id) {
        return keys.get(caller.context(), id).map(ApiKeyView::of);
    }

    @DELETE
    @Path("{id}")
    @ApiAction(scope = Scopes.API_KEYS_WRITE, category = Category.AUTH, action = "api_keys.revoke", target = "api_key")
    public Uni<ApiKeyView> revoke(@PathParam("id") String id) {
        return keys.revoke(caller.context(), caller.actor(), id).map(ApiKeyView::of);
    }

    @POST
    @Path("{id}/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAction(scope = Scopes.API_KEYS_WRITE, category = Category.AUTH, action = "api_keys.rotate", target = "api_key")
    public Uni<Response> rotate(@PathParam("id") String id, RotateKey body) {
        long overlap = body == null || body.expirePreviousInSeconds() == null ? 3600 : body.expirePreviousInSeconds();
        return keys.rotate(caller.context(), caller.actor(), id, Duration.ofSeconds(overlap))
                .map(issued -> Response.status(201).entity(ApiKeyView.of(issued)).build());
    }
}
