package dev.postern.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.gateway.client.InternalCall;
import dev.postern.gateway.client.WebhooksRelay;
import dev.postern.gateway.config.WebhookSettings;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The live event stream: long polls of the webhooks service's event log, one at a time per
 * connection (so a connection holds at most one page of events), each event sent as an SSE event
 * whose id is its seq, a heartbeat comment whenever a poll comes back empty. Streams are capped per
 * API key and per instance, and closed after {@code stream.max-lifetime}; the client resumes with
 * Last-Event-ID. If the webhooks service fails mid-stream the stream ends, for the client to resume.
 */
@ApplicationScoped
public class EventStreams {

    private static final Logger LOG = Logger.getLogger(EventStreams.class);
    private static final int PAGE = 100;
    private static final long RECONNECT_MILLIS = 3000;

    private final WebhooksRelay relay;
    private final ObjectMapper json;
    private final WebhookSettings.Stream limits;
    private final ConcurrentMap<String, AtomicInteger> perKey = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    public EventStreams(WebhooksRelay relay, ObjectMapper json, WebhookSettings settings) {
        this.relay = relay;
        this.json = json;
        this.limits = settings.stream();
    }

    /** Opens a stream after {@code afterSeq}, or refuses with 429 when the caller or this instance has too many. */
    public Multi<OutboundSseEvent> open(String workspaceId, String keyId, long afterSeq, String types, Sse sse) {
        acquire(keyId);
        AtomicLong cursor = new AtomicLong(afterSeq);
        Multi<OutboundSseEvent> polls = Multi.createBy().repeating()
                .uni(() -> relay.call(workspaceId, c -> token -> c.events(workspaceId, token, Long.toString(cursor.get()), types, PAGE,
                        limits.heartbeatSeconds())))
                .indefinitely()
                .onItem().transformToIterable(answer -> toEvents(answer, cursor, sse));
        OutboundSseEvent hello = sse.newEventBuilder().comment("connected; events after " + afterSeq).reconnectDelay(RECONNECT_MILLIS).build();
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(hello), polls)
                .select().first(limits.maxLifetime())
                .onFailure().invoke(e -> LOG.infof("event stream of %s ended: %s", workspaceId, e.toString()))
                .onFailure().recoverWithCompletion()
                .onTermination().invoke(() -> release(keyId));
    }

    public int open() {
        return total.get();
    }

    private List<OutboundSseEvent> toEvents(InternalCall.Answer answer, AtomicLong cursor, Sse sse) {
        if (answer.status() != 200) {
            throw new IllegalStateException("event log answered " + answer.status());
        }
        JsonNode page;
        try {
            page = json.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("event log answered something that is not JSON", e);
        }
        List<OutboundSseEvent> out = new ArrayList<>();
        for (JsonNode event : page.path("data")) {
            long seq = event.path("seq").asLong();
            out.add(sse.newEventBuilder().id(Long.toString(seq)).name(event.path("type").asText()).data(JsonNode.class, event).build());
            cursor.set(seq);
        }
        if (out.isEmpty()) {
            out.add(sse.newEventBuilder().comment("heartbeat").build());
        }
        return out;
    }

    private void acquire(String keyId) {
        AtomicInteger mine = perKey.computeIfAbsent(keyId, k -> new AtomicInteger());
        if (mine.incrementAndGet() > limits.maxPerKey()) {
            mine.decrementAndGet();
            throw tooMany("This API key already has " + limits.maxPerKey() + " open event streams; close one first.");
        }
        if (total.incrementAndGet() > limits.maxTotal()) {
            total.decrementAndGet();
            mine.decrementAndGet();
            throw tooMany("Too many event streams are open right now; retry shortly or read /api/v1/events.");
        }
    }

    private void release(String keyId) {
        total.decrementAndGet();
        perKey.computeIfPresent(keyId, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    private static ProblemException tooMany(String detail) {
        return new ProblemException(429, "too-many-streams", "Too many requests", detail, List.of(), Map.of("Retry-After", "5"));
    }
}
