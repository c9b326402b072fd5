package dev.postern.send.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import dev.postern.events.Topics;
import dev.postern.events.payload.MessageEventV1;
import dev.postern.events.payload.SendRequestedV1;
import dev.postern.send.Internal;
import dev.postern.send.MailSinkResource;
import dev.postern.send.Mailboxes;
import dev.postern.send.SendRequests;
import dev.postern.send.TopicReader;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Replays, test mode, scheduling and cancellation, poison records, requests the service refuses. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "send"))
@WithTestResource(MailSinkResource.class)
class SendLifecycleTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = MailSinkResource.IMAP_PORT)
    int imap;

    @Test
    void replayingTheSendRequestTopicSendsNoSecondMail() {
        String ws = SendRequests.workspace();
        String id = SendRequests.messageId();
        String to = "replay-" + id.toLowerCase() + "@example.com";
        EventEnvelope event = SendRequests.event(ws, SendRequests.simple(id, List.of(to)));
        SendRequests.publish(bootstrap, event);
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, id).equals("delivered"));

        // the same record again (a replay from an earlier offset), and a second event for the same message id
        SendRequests.publish(bootstrap, event);
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(id, List.of(to))));
        // a later message proves the consumer has moved past both
        String later = SendRequests.messageId();
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(later, List.of(to))));
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, later).equals("delivered"));

        assertThat(Mailboxes.withMessageId(imap, to, "<" + id + "@agents.postern.test>")).hasSize(1);
        assertThat(Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, id).jsonPath().getList("history.status"))
                .containsExactly("queued", "sent", "delivered");
    }

    @Test
    void testModeRunsTheWholePathAndTransmitsNothing() {
        String ws = SendRequests.workspace();
        String id = SendRequests.messageId();
        String to = "testmode-" + id.toLowerCase() + "@example.com";
        SendRequestedV1 request = SendRequests.request(id, List.of(to), List.of(), List.of(), "test", null, Map.of(), List.of());
        try (TopicReader events = new TopicReader(bootstrap, Topics.MESSAGES)) {
            SendRequests.publish(bootstrap, SendRequests.event(ws, request));
            await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, id).equals("sent"));
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events.types(ws))
                    .containsExactly("message.queued", "message.sent"));
            MessageEventV1 sent = events.events(ws).get(1).dataAs(MessageEventV1.class);
            assertThat(sent.testMode()).isTrue();
            assertThat(sent.reason()).isEqualTo("test mode: not transmitted");
        }
        assertThat(Mailboxes.read(imap, to)).isEmpty();
        assertThat(Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, id).jsonPath().getBoolean("test_mode")).isTrue();
    }

    @Test
    void aScheduledMessageWaitsAndCanBeCancelledUntilItIsSent() {
        String ws = SendRequests.workspace();
        String later = SendRequests.messageId();
        String to = "scheduled-" + later.toLowerCase() + "@example.com";
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.request(later, List.of(to), List.of(), List.of(), "live",
                Instant.now().plusSeconds(3600), Map.of(), List.of())));
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, later).equals("scheduled"));

        Internal.as(ws).post("/internal/v1/workspaces/{ws}/messages/{id}/cancel", ws, later).then().statusCode(200);
        Internal.as(ws).post("/internal/v1/workspaces/{ws}/messages/{id}/cancel", ws, later).then().statusCode(200);
        var cancelled = Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, later).jsonPath();
        assertThat(cancelled.getString("status")).isEqualTo("cancelled");
        assertThat(cancelled.getList("history.status")).containsExactly("scheduled", "cancelled");
        assertThat(cancelled.getList("recipients.status")).containsExactly("cancelled");

        String soon = SendRequests.messageId();
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.request(soon, List.of(to), List.of(), List.of(), "live",
                Instant.now().plusSeconds(3), Map.of(), List.of())));
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, soon).equals("scheduled"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, soon).equals("delivered"));
        var sent = Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, soon).jsonPath();
        assertThat(Instant.parse(sent.getString("sent_at"))).isAfterOrEqualTo(Instant.parse(sent.getString("scheduled_at")));
        Internal.as(ws).post("/internal/v1/workspaces/{ws}/messages/{id}/cancel", ws, soon).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://postern.dev/problems/message-not-cancellable"));

        assertThat(Mailboxes.read(imap, to)).extracting(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).containsExactly("<" + soon + "@agents.postern.test>");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndThePartitionMovesOn() {
        String ws = SendRequests.workspace();
        String id = SendRequests.messageId();
        try (TopicReader dlq = new TopicReader(bootstrap, Topics.deadLetter(Topics.SEND_REQUESTS))) {
            SendRequests.publishRaw(bootstrap, Topics.SEND_REQUESTS, ws, "{not json " + id);
            EventEnvelope wrongKey = SendRequests.event(ws, SendRequests.simple(SendRequests.messageId(), List.of("a@example.com")));
            SendRequests.publishRaw(bootstrap, Topics.SEND_REQUESTS, "ws_somebody_else", EventJson.write(wrongKey));
            SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(id, List.of("poison-after@example.com"))));

            await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, id).equals("delivered"));
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                List<ConsumerRecord<String, String>> dead = dlq.records().stream()
                        .filter(r -> r.value().contains(id) || r.value().contains(wrongKey.id())).toList();
                assertThat(dead).hasSize(2);
                assertThat(dead).allSatisfy(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());
                ConsumerRecord<String, String> misKeyed = dead.stream().filter(r -> r.value().contains(wrongKey.id())).findFirst().orElseThrow();
                assertThat(new String(misKeyed.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                        .contains("record key");
            });
        }
    }

    @Test
    void aRequestTheServiceRefusesIsRecordedAsFailedAndNeverTransmitted() {
        String ws = SendRequests.workspace();
        String id = SendRequests.messageId();
        String to = "refused-" + id.toLowerCase() + "@example.com";
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.request(id, List.of(to), List.of(), List.of(), "live", null,
                Map.of("Message-ID", "<forged@example.com>"), List.of())));
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, id).equals("failed"));
        var message = Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, id).jsonPath();
        assertThat(message.getString("history[0].reason")).contains("Message-ID is set by Postern");
        assertThat(Mailboxes.read(imap, to)).isEmpty();
    }
}
