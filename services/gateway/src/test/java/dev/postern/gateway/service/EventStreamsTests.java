package dev.postern.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.gateway.client.InternalCall;
import dev.postern.gateway.client.WebhooksClient;
import dev.postern.gateway.client.WebhooksRelay;
import dev.postern.gateway.config.WebhookSettings;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.jboss.resteasy.reactive.server.jaxrs.SseImpl;
import org.junit.jupiter.api.Test;

/** The live stream's paging, heartbeats and limits, against a scripted event log. */
class EventStreamsTests {

    /** Answers each long poll from a script (then never again), recording the cursor each poll asked after. */
    static final class ScriptedLog extends WebhooksRelay {
        final ConcurrentLinkedQueue<Uni<InternalCall.Answer>> script = new ConcurrentLinkedQueue<>();

        ScriptedLog() {
            super(null, null);
        }

        @Override
        public Uni<InternalCall.Answer> call(String workspaceId, Function<WebhooksClient, Function<String, Uni<Response>>> call) {
            Uni<InternalCall.Answer> next = script.poll();
            return next == null ? Uni.createFrom().nothing() : next;
        }

        ScriptedLog page(String json) {
            script.add(Uni.createFrom().item(new InternalCall.Answer(200, "application/json", json)));
            return this;
        }

        ScriptedLog failure() {
            script.add(Uni.createFrom().failure(new ProblemException(503, "dependency-unavailable", "down", "down")));
            return this;
        }
    }

    private static WebhookSettings settings(int maxPerKey, int maxTotal) {
        return new WebhookSettings() {
            public String url() { return "http://unused"; }
            public Optional<String> encryptionKey() { return Optional.empty(); }
            public boolean allowLoopback() { return false; }
            public int maxEndpointsPerWorkspace() { return 20; }
            public Duration defaultRotationOverlap() { return Duration.ofHours(24); }
            public Duration dnsTimeout() { return Duration.ofSeconds(5); }
            public Stream stream() {
                return new Stream() {
                    public int maxPerKey() { return maxPerKey; }
                    public int maxTotal() { return maxTotal; }
                    public int heartbeatSeconds() { return 15; }
                    public Duration maxLifetime() { return Duration.ofHours(1); }
                };
            }
        };
    }

    @Test
    void eventsCarryTheirSeqAsIdAndTypeAsNameAndAnEmptyPollIsAHeartbeat() {
        ScriptedLog log = new ScriptedLog()
                .page("{\"data\":[{\"id\":\"evt_1\",\"seq\":7,\"type\":\"message.sent\"},{\"id\":\"evt_2\",\"seq\":8,\"type\":\"agent.updated\"}]}")
                .page("{\"data\":[]}");
        EventStreams streams = new EventStreams(log, new ObjectMapper(), settings(5, 10));
        AssertSubscriber<OutboundSseEvent> sub = streams.open("ws_1", "key_1", 6, null, SseImpl.INSTANCE)
                .subscribe().withSubscriber(AssertSubscriber.create(10));
        sub.awaitItems(4);
        List<OutboundSseEvent> items = sub.getItems();
        assertThat(items.get(0).getComment()).startsWith("connected; events after 6");
        assertThat(items.get(0).getReconnectDelay()).isEqualTo(3000);
        assertThat(items.get(1).getId()).isEqualTo("7");
        assertThat(items.get(1).getName()).isEqualTo("message.sent");
        assertThat(items.get(2).getId()).isEqualTo("8");
        assertThat(items.get(3).getComment()).isEqualTo("heartbeat");
        assertThat(items.get(3).getId()).isNull();
        sub.cancel();
        assertThat(streams.open()).isZero();
    }

    @Test
    void streamsAreCappedPerKeyAndReleasedWhenTheyEnd() {
        EventStreams streams = new EventStreams(new ScriptedLog(), new ObjectMapper(), settings(2, 3));
        AssertSubscriber<OutboundSseEvent> a = streams.open("ws_1", "key_1", 0, null, SseImpl.INSTANCE)
                .subscribe().withSubscriber(AssertSubscriber.create(1));
        streams.open("ws_1", "key_1", 0, null, SseImpl.INSTANCE).subscribe().withSubscriber(AssertSubscriber.create(1));
        assertThatThrownBy(() -> streams.open("ws_1", "key_1", 0, null, SseImpl.INSTANCE))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> {
                    assertThat(((ProblemException) e).status()).isEqualTo(429);
                    assertThat(((ProblemException) e).slug()).isEqualTo("too-many-streams");
                    assertThat(((ProblemException) e).headers()).containsKey("Retry-After");
                });
        streams.open("ws_1", "key_2", 0, null, SseImpl.INSTANCE).subscribe().withSubscriber(AssertSubscriber.create(1));
        assertThatThrownBy(() -> streams.open("ws_2", "key_3", 0, null, SseImpl.INSTANCE)).as("the instance-wide cap")
                .isInstanceOf(ProblemException.class);
        a.cancel();
        assertThat(streams.open()).isEqualTo(2);
        streams.open("ws_1", "key_1", 0, null, SseImpl.INSTANCE).subscribe().withSubscriber(AssertSubscriber.create(1));
        assertThat(streams.open()).isEqualTo(3);
    }

    @Test
    void aFailingEventLogEndsTheStreamForTheClientToResume() {
        ScriptedLog log = new ScriptedLog().page("{\"data\":[{\"id\":\"evt_1\",\"seq\":3,\"type\":\"message.sent\"}]}").failure();
        EventStreams streams = new EventStreams(log, new ObjectMapper(), settings(5, 10));
        AssertSubscriber<OutboundSseEvent> sub = streams.open("ws_1", "key_1", 2, null, SseImpl.INSTANCE)
                .subscribe().withSubscriber(AssertSubscriber.create(10));
        sub.awaitCompletion();
        assertThat(sub.getItems()).extracting(OutboundSseEvent::getId).containsExactly(null, "3");
        assertThat(streams.open()).isZero();
    }
}
