package dev.postern.gateway.rest;

import static dev.postern.gateway.support.SendingApi.as;
import static dev.postern.gateway.support.SendingApi.message;
import static dev.postern.gateway.support.SendingApi.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.postern.events.EventEnvelope;
import dev.postern.events.Topics;
import dev.postern.events.payload.SendRequestedV1;
import dev.postern.gateway.TestWorkspaces;
import dev.postern.gateway.support.SendStandInResource;
import dev.postern.gateway.support.SendingApi;
import dev.postern.gateway.support.TopicRecords;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/messages and /batch: what is accepted, what is refused (naming the field), and what reaches the topic. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(SendStandInResource.class)
class SendMessageTests {

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    TestWorkspaces.Workspace ws;
    String agentId;

    @BeforeEach
    void workspaceWithAnAgent() {
        ws = TestWorkspaces.create(internalSecret, "sending");
        agentId = SendingApi.agent(ws.liveKey(), "sender-" + ws.id().substring(ws.id().length() - 8).toLowerCase());
    }

    @Test
    void aMessageIsAcceptedAndItsRequestIsOnTheTopicKeyedByWorkspace() {
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 tiny".getBytes());
        JsonPath accepted = send(ws.liveKey(), """
                {"agent": "%s", "to": ["ada@example.com", "Bob@Example.COM"], "cc": "carol@example.org",
                 "bcc": ["dave@example.net"], "reply_to": "replies@example.com", "subject": "Quarterly report",
                 "text": "Hi all", "html": "<p>Hi all</p>", "headers": {"X-Campaign": "q3"},
                 "tags": [{"name": "kind", "value": "report"}], "metadata": {"customer": "c-42"},
                 "attachments": [{"filename": "report.pdf", "content": "%s"}],
                 "in_reply_to": "abc@example.com", "references": ["<root@example.com>"]}
                """.formatted(agentId, pdf))
                .then().statusCode(202).contentType("application/json")
                .body("object", equalTo("message")).body("status", equalTo("queued"))
                .extract().jsonPath();
        String id = accepted.getString("id");
        assertThat(id).matches("msg_[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(accepted.getString("message_id")).isEqualTo("<" + id + "@agents.postern.test>");

        List<ConsumerRecord<String, String>> records = TopicRecords.mentioning(bootstrap, Topics.SEND_REQUESTS, id, 1);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo(ws.id());
        EventEnvelope event = TopicRecords.events(records).get(0);
        assertThat(event.type()).isEqualTo("message.send_requested");
        assertThat(event.category().wireName()).isEqualTo("sends");
        assertThat(event.target().id()).isEqualTo(id);
        assertThat(event.correlationId()).startsWith("req_");
        SendRequestedV1 data = event.dataAs(SendRequestedV1.class);
        assertThat(data.messageIdHeader()).isEqualTo(accepted.getString("message_id"));
        assertThat(data.agentId()).isEqualTo(agentId);
        assertThat(data.from().address()).endsWith("@agents.postern.test");
        assertThat(data.from().name()).startsWith("Agent ");
        assertThat(data.to()).containsExactly("ada@example.com", "Bob@example.com");
        assertThat(data.cc()).containsExactly("carol@example.org");
        assertThat(data.bcc()).containsExactly("dave@example.net");
        assertThat(data.replyTo()).containsExactly("replies@example.com");
        assertThat(data.headers()).containsEntry("X-Campaign", "q3");
        assertThat(data.tags()).containsExactly(new SendRequestedV1.Tag("kind", "report"));
        assertThat(data.metadata()).containsEntry("customer", "c-42");
        assertThat(data.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("report.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
            assertThat(a.sizeBytes()).isEqualTo(13);
            assertThat(a.contentBase64()).isEqualTo(pdf);
        });
        assertThat(data.inReplyTo()).isEqualTo("<abc@example.com>");
        assertThat(data.references()).containsExactly("<root@example.com>");
        assertThat(data.mode()).isEqualTo("live");
        assertThat(data.idempotencyKey()).isNull();
        assertThat(data.scheduledAt()).isNull();
    }

    @Test
    void aTestModeKeyMarksTheRequestAsTest() {
        String id = send(ws.testKey(), message(agentId, "ada@example.com", "just testing"))
                .then().statusCode(202).extract().path("id");
        SendRequestedV1 data = TopicRecords.events(TopicRecords.mentioning(bootstrap, Topics.SEND_REQUESTS, id, 1)).get(0)
                .dataAs(SendRequestedV1.class);
        assertThat(data.mode()).isEqualTo("test");
    }

    @Test
    void aScheduledMessageSaysSoAndTheHorizonIsThirtyDays() {
        Instant at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        send(ws.liveKey(), message(agentId, "ada@example.com", "later").replace("}", ",\"scheduled_at\":\"" + at + "\"}"))
                .then().statusCode(202).body("status", equalTo("scheduled")).body("scheduled_at", startsWith(at.toString().substring(0, 19)));
        send(ws.liveKey(), message(agentId, "ada@example.com", "too late")
                .replace("}", ",\"scheduled_at\":\"" + Instant.now().plus(31, ChronoUnit.DAYS) + "\"}"))
                .then().statusCode(422).body("errors[0].field", equalTo("scheduled_at")).body("errors[0].message", containsString("30 days"));
        send(ws.liveKey(), message(agentId, "ada@example.com", "bad date").replace("}", ",\"scheduled_at\":\"tomorrow\"}"))
                .then().statusCode(422).body("errors[0].field", equalTo("scheduled_at"));
    }

    @Test
    void badInputIsA422NamingEachFieldAndNothingIsQueued() {
        String body = """
                {"agent": "%s", "to": ["ok@example.com", "not-an-address", "Ada <ada@example.com>"],
                 "cc": ["x@localhost"], "subject": "Hi\\r\\nBcc: victim@example.com", "text": "hi",
                 "headers": {"Bcc": "sneaky@example.com", "X-Ok": "fine\\nX-Injected: yes"},
                 "tags": [{"name": "bad tag", "value": "v"}], "metadata": {"k": 1},
                 "attachments": [{"filename": "run.exe", "content": "AAAA"}, {"filename": "a.txt", "content": "***"}],
                 "frm": "typo"}
                """.formatted(agentId);
        send(ws.liveKey(), body).then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "validation-failed"))
                .body("errors.field", hasItems("to[1]", "to[2]", "cc[0]", "subject", "headers.Bcc", "headers.X-Ok",
                        "tags[0].name", "metadata.k", "attachments[0].filename", "attachments[1].content", "frm"))
                .body("errors.find { it.field == 'subject' }.message", containsString("header injection"))
                .body("errors.find { it.field == 'headers.X-Ok' }.message", containsString("line breaks"));

        send(ws.liveKey(), "{\"agent\":\"nobody\",\"to\":\"a@example.com\",\"subject\":\"s\",\"text\":\"t\"}")
                .then().statusCode(422).body("errors[0].field", equalTo("agent"));
        send(ws.liveKey(), "{\"to\":\"a@example.com\",\"subject\":\"s\"}").then().statusCode(422)
                .body("errors.field", hasItems("agent", "text"));
        send(ws.liveKey(), "not json").then().statusCode(400).body("type", equalTo(Problem.TYPE_BASE + "invalid-json"));

        String fiftyOne = IntStream.range(0, 51).mapToObj(i -> "\"r" + i + "@example.com\"").collect(Collectors.joining(","));
        send(ws.liveKey(), "{\"agent\":\"" + agentId + "\",\"to\":[" + fiftyOne + "],\"subject\":\"s\",\"text\":\"t\"}")
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
        String thirty = IntStream.range(0, 30).mapToObj(i -> "\"r" + i + "@example.com\"").collect(Collectors.joining(","));
        send(ws.liveKey(), "{\"agent\":\"" + agentId + "\",\"to\":[" + thirty + "],\"bcc\":[" + thirty + "],\"subject\":\"s\",\"text\":\"t\"}")
                .then().statusCode(422).body("errors[0].field", equalTo("bcc")).body("errors[0].message", containsString("at most 50"));

        String big = Base64.getEncoder().encodeToString(new byte[300 * 1024]);
        send(ws.liveKey(), "{\"agent\":\"" + agentId + "\",\"to\":\"a@example.com\",\"subject\":\"s\",\"text\":\"t\",\"attachments\":["
                + "{\"filename\":\"a.bin\",\"content\":\"" + big + "\"},{\"filename\":\"b.bin\",\"content\":\"" + big + "\"}]}")
                .then().statusCode(422).body("errors[0].field", equalTo("attachments")).body("errors[0].message", containsString("512 KiB"));

        // none of the refused requests reached the topic: a sentinel sent after them is the workspace's only record
        String sentinel = send(ws.liveKey(), message(agentId, "ada@example.com", "sentinel")).then().statusCode(202).extract().path("id");
        assertThat(TopicRecords.events(TopicRecords.matching(bootstrap, Topics.SEND_REQUESTS, r -> r.key().equals(ws.id()), 1)))
                .extracting(e -> e.target().id()).containsExactly(sentinel);
    }

    @Test
    void aPausedOrArchivedAgentCannotSendAndSaysWhy() {
        as(ws.liveKey()).body("{\"status\":\"paused\"}").patch("/api/v1/agents/" + agentId).then().statusCode(200);
        send(ws.liveKey(), message(agentId, "ada@example.com", "while paused")).then().statusCode(409)
                .body("type", equalTo(Problem.TYPE_BASE + "agent-paused")).body("errors[0].field", equalTo("agent"));
        as(ws.liveKey()).delete("/api/v1/agents/" + agentId).then().statusCode(200);
        send(ws.liveKey(), message(agentId, "ada@example.com", "after archive")).then().statusCode(409)
                .body("type", equalTo(Problem.TYPE_BASE + "agent-archived")).body("errors[0].field", equalTo("agent"));
    }

    @Test
    void anAgentIsNamedByIdOrNameButNeverAnotherWorkspaces() {
        String name = as(ws.liveKey()).get("/api/v1/agents/" + agentId).then().extract().path("name");
        send(ws.liveKey(), message(name, "ada@example.com", "by name")).then().statusCode(202);
        TestWorkspaces.Workspace other = TestWorkspaces.create(internalSecret, "sending-intruder");
        send(other.liveKey(), message(agentId, "ada@example.com", "not mine")).then().statusCode(422)
                .body("errors[0].field", equalTo("agent"));
    }

    @Test
    void aBatchIsAllOrNothing() {
        String good = message(agentId, "ada@example.com", "one");
        String bad = "{\"agent\":\"" + agentId + "\",\"to\":\"broken\",\"subject\":\"two\",\"text\":\"t\"}";
        as(ws.liveKey()).body("[" + good + "," + bad + "," + good + "]").post("/api/v1/messages/batch")
                .then().statusCode(422).body("errors[0].field", equalTo("[1].to"));
        as(ws.liveKey()).body("{\"messages\":[" + good + ",{\"agent\":\"ghost\",\"to\":\"a@example.com\",\"subject\":\"s\",\"text\":\"t\"}]}")
                .post("/api/v1/messages/batch").then().statusCode(422).body("errors[0].field", equalTo("messages[1].agent"));

        String hundredAndOne = IntStream.range(0, 101).mapToObj(i -> good).collect(Collectors.joining(","));
        as(ws.liveKey()).body("[" + hundredAndOne + "]").post("/api/v1/messages/batch").then().statusCode(422)
                .body("errors[0].field", equalTo("(body)")).body("errors[0].message", containsString("100"));

        List<String> ids = as(ws.liveKey()).body("[" + good + "," + message(agentId, "bob@example.com", "two") + "]")
                .post("/api/v1/messages/batch").then().statusCode(202)
                .body("object", equalTo("list")).body("data", hasSize(2)).body("data.status", hasItem("queued"))
                .extract().jsonPath().getList("data.id");
        List<EventEnvelope> events = TopicRecords.events(TopicRecords.matching(bootstrap, Topics.SEND_REQUESTS,
                r -> r.key().equals(ws.id()), 2));
        // the refused batches left nothing: the accepted batch's two requests are the workspace's only records
        assertThat(events).extracting(e -> e.target().id()).containsExactlyElementsOf(ids);
    }
}
