package dev.postern.send.rest;

import dev.postern.auth.InternalToken;
import dev.postern.send.domain.EmailAddresses;
import dev.postern.send.domain.SuppressionReason;
import dev.postern.send.repository.SuppressionRepository;
import dev.postern.send.service.MessageEvents;
import dev.postern.send.service.SendRequestCheck;
import dev.postern.send.service.SuppressionService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** A workspace's suppression list, for the gateway only (docs/contracts/send.md). */
@Path("/internal/v1/workspaces/{ws}/suppressions")
@Produces(MediaType.APPLICATION_JSON)
public class InternalSuppressionsResource {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    private static final String CURSOR = "sup";

    private final InternalAuth auth;
    private final SuppressionService suppressions;

    public InternalSuppressionsResource(InternalAuth auth, SuppressionService suppressions) {
        this.auth = auth;
        this.suppressions = suppressions;
    }

    /** {@code POST} body. */
    public record AddRequest(String address, String reason, String sourceMessageId) {
    }

    @GET
    public Uni<Page<SuppressionView>> list(@PathParam("ws") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                           @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        auth.require(token, ws);
        int size = Cursors.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        SuppressionRepository.After after = after(Cursors.decode(CURSOR, cursor));
        return suppressions.page(ws, after, size + 1).map(rows -> {
            boolean more = rows.size() > size;
            List<SuppressionView> page = rows.stream().limit(size).map(SuppressionView::of).toList();
            SuppressionView last = more ? page.get(page.size() - 1) : null;
            return Page.of(page, more, last == null ? null : Cursors.encode(CURSOR, last.createdAt() + " " + last.address()));
        });
    }

    @GET
    @Path("{address}")
    public Uni<SuppressionView> get(@PathParam("ws") String ws, @PathParam("address") String address,
                                    @HeaderParam(InternalToken.HEADER) String token) {
        auth.require(token, ws);
        String normalized = EmailAddresses.normalize(address);
        return suppressions.find(ws, normalized).map(s -> {
            if (s == null) {
                throw ApiProblem.notFound("The address is not on this workspace's suppression list.");
            }
            return SuppressionView.of(s);
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> add(@PathParam("ws") String ws, @HeaderParam(InternalToken.HEADER) String token, AddRequest body) {
        auth.require(token, ws);
        if (body == null) {
            throw ApiProblem.invalid("address", "is required");
        }
        String address = EmailAddresses.normalize(body.address());
        if (!EmailAddresses.isValid(address)) {
            throw ApiProblem.invalid("address", "must be an email address such as ada@example.com");
        }
        SuppressionReason reason = SuppressionReason.fromWireName(body.reason() == null ? "manual" : body.reason())
                .orElseThrow(() -> ApiProblem.invalid("reason", "must be one of "
                        + Arrays.stream(SuppressionReason.values()).map(SuppressionReason::wireName).toList()));
        if (body.sourceMessageId() != null && !SendRequestCheck.MESSAGE_ID.matcher(body.sourceMessageId()).matches()) {
            throw ApiProblem.invalid("source_message_id", "must be a message id (msg_…)");
        }
        return suppressions.add(ws, address, reason, body.sourceMessageId(), MessageEvents.SERVICE, null)
                // two concurrent adds of one address: the loser finds the winner's row on its retry
                .onFailure().retry().atMost(1)
                .map(added -> Response.status(added.created() ? 201 : 200).entity(SuppressionView.of(added.suppression())).build());
    }

    @DELETE
    @Path("{address}")
    public Uni<Response> remove(@PathParam("ws") String ws, @PathParam("address") String address,
                                @HeaderParam(InternalToken.HEADER) String token) {
        auth.require(token, ws);
        return suppressions.remove(ws, EmailAddresses.normalize(address), MessageEvents.SERVICE)
                .map(removed -> Response.noContent().build());
    }

    private static SuppressionRepository.After after(String position) {
        if (position == null) {
            return null;
        }
        int space = position.indexOf(' ');
        try {
            if (space > 0) {
                return new SuppressionRepository.After(Instant.parse(position.substring(0, space)), position.substring(space + 1));
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw ApiProblem.badQuery("cursor", "is not a cursor this API returned");
    }
}
