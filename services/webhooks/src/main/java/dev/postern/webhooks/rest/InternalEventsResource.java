package dev.postern.webhooks.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.auth.InternalToken;
import dev.postern.events.PublicEventTypes;
import dev.postern.webhooks.service.EventLogReader;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A workspace's public event log, oldest first after a cursor, for the gateway's
 * {@code GET /api/v1/events} and its live stream ({@code wait} makes an empty read a long poll).
 */
@Path("/internal/v1/workspaces/{workspaceId}/events")
@Produces(MediaType.APPLICATION_JSON)
public class InternalEventsResource {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final int MAX_TYPES = 20;

    private final InternalAuth auth;
    private final EventLogReader reader;
    private final ObjectMapper json;

    public InternalEventsResource(InternalAuth auth, EventLogReader reader, ObjectMapper json) {
        this.auth = auth;
        this.reader = reader;
        this.json = json;
    }

    @GET
    public Uni<Views.EventPage> list(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token,
                                     @QueryParam("after") String after, @QueryParam("types") String types,
                                     @QueryParam("limit") Integer limit, @QueryParam("wait") Integer waitSeconds) {
        auth.require(token, workspaceId);
        long afterSeq = cursor(after);
        List<String> filters = filters(types);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw InternalApiException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        if (waitSeconds != null && (waitSeconds < 0 || waitSeconds > EventLogReader.MAX_WAIT.toSeconds())) {
            throw InternalApiException.invalid("wait must be between 0 and " + EventLogReader.MAX_WAIT.toSeconds() + " seconds");
        }
        Duration wait = Duration.ofSeconds(waitSeconds == null ? 0 : waitSeconds);
        return reader.read(workspaceId, afterSeq, filters, size, wait).map(rows -> {
            boolean more = rows.size() > size;
            List<Views.EventView> page = rows.stream().limit(size).map(e -> Views.EventView.of(e, json)).toList();
            long last = page.isEmpty() ? afterSeq : page.get(page.size() - 1).seq();
            return new Views.EventPage("list", page, more, Long.toString(last));
        });
    }

    /** The cursor is the seq of the last event seen; absent means from the start of the log. */
    public static long cursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long seq = Long.parseLong(after.strip());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw InternalApiException.invalid("after must be a cursor this API returned (an event's seq)");
    }

    static List<String> filters(String types) {
        if (types == null || types.isBlank()) {
            return List.of();
        }
        List<String> filters = Arrays.stream(types.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (filters.size() > MAX_TYPES) {
            throw InternalApiException.invalid("types names at most " + MAX_TYPES + " types");
        }
        for (String f : filters) {
            if (!PublicEventTypes.isValidFilter(f)) {
                throw InternalApiException.invalid("types: unknown event type '" + (f.length() > 100 ? f.substring(0, 100) + "…" : f) + "'");
            }
        }
        return filters;
    }
}
