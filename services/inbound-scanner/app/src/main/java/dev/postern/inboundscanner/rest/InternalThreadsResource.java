package dev.postern.inboundscanner.rest;

import dev.postern.auth.InternalToken;
import dev.postern.inboundscanner.domain.InboundMessage;
import dev.postern.inboundscanner.domain.SentMessage;
import dev.postern.inboundscanner.repository.InboundRepository;
import dev.postern.inboundscanner.repository.SentMessageRepository;
import dev.postern.inboundscanner.repository.TenantTransactions;
import dev.postern.inboundscanner.repository.ThreadRepository;
import dev.postern.inboundscanner.service.StoredJson;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Conversations: inbound and outbound messages of one thread, in order. Held inbound messages show metadata only. */
@Path("/internal/v1/workspaces/{workspaceId}/threads")
@Produces(MediaType.APPLICATION_JSON)
public class InternalThreadsResource {

    private static final Pattern THREAD_ID = Pattern.compile("thr_[0-9A-HJKMNP-TV-Z]{26}");

    private final InternalAuth auth;
    private final TenantTransactions transactions;
    private final ThreadRepository threads;
    private final InboundRepository inbound;
    private final SentMessageRepository sent;

    public InternalThreadsResource(InternalAuth auth, TenantTransactions transactions, ThreadRepository threads,
                                   InboundRepository inbound, SentMessageRepository sent) {
        this.auth = auth;
        this.transactions = transactions;
        this.threads = threads;
        this.inbound = inbound;
        this.sent = sent;
    }

    public record ThreadSummary(String object, String id, String subject, long inboundCount, long outboundCount, Instant lastMessageAt) {
    }

    public record ThreadMessage(String direction, String id, Instant at, String status, String verdict, String from,
                                JsonNode to, String subject, String text, String messageId) {
    }

    public record ThreadDetail(String object, String id, String subject, List<ThreadMessage> messages) {
    }

    @GET
    public Uni<InboundViews.Page<ThreadSummary>> list(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                                      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        auth.require(token, ws);
        int size = Cursors.limit(limit);
        Instant before = Cursors.instant(cursor);
        return transactions.inWorkspace(ws, s -> threads.list(s, ws, before, size + 1)).map(rows -> {
            boolean more = rows.size() > size;
            List<ThreadSummary> data = rows.stream().limit(size).map(r -> new ThreadSummary("thread", r.threadId(), r.subject(),
                    r.inboundCount(), r.outboundCount(), r.lastMessageAt())).toList();
            return new InboundViews.Page<>("list", data, more, more ? Cursors.ofInstant(data.get(data.size() - 1).lastMessageAt()) : null);
        });
    }

    @GET
    @Path("{id}")
    public Uni<ThreadDetail> get(@PathParam("workspaceId") String ws, @HeaderParam(InternalToken.HEADER) String token,
                                 @PathParam("id") String id) {
        auth.require(token, ws);
        if (!THREAD_ID.matcher(id).matches()) {
            throw InternalApiException.notFound("thread");
        }
        return transactions.inWorkspace(ws, s -> inbound.inThread(s, ws, id).chain(in -> sent.inThread(s, ws, id).map(out -> {
            List<ThreadMessage> messages = new ArrayList<>();
            in.forEach(m -> messages.add(inbound(m)));
            out.forEach(m -> messages.add(outbound(m)));
            if (messages.isEmpty()) {
                throw InternalApiException.notFound("thread");
            }
            messages.sort(Comparator.comparing(ThreadMessage::at, Comparator.nullsLast(Comparator.naturalOrder())));
            String subject = messages.stream().filter(m -> m.subject() != null).reduce((a, b) -> b).map(ThreadMessage::subject).orElse(null);
            return new ThreadDetail("thread", id, subject, messages);
        })));
    }

    private static ThreadMessage inbound(InboundMessage m) {
        boolean held = m.isHeld();
        return new ThreadMessage("inbound", m.id, m.receivedAt, m.status, m.verdict, m.fromAddress,
                StoredJson.read(StoredJson.write(List.of(m.recipient))), held ? null : m.subject, held ? null : m.replyText,
                held ? null : m.messageIdHeader);
    }

    private static ThreadMessage outbound(SentMessage m) {
        Instant at = m.requestedAt != null ? m.requestedAt : m.sentAt != null ? m.sentAt : m.updatedAt;
        return new ThreadMessage("outbound", m.messageId, at, m.status, null, m.fromAddress, StoredJson.read(m.toAddresses),
                m.subject, null, m.messageIdHeader);
    }
}
