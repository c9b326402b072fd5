package dev.postern.gateway.rest;

import static dev.postern.gateway.support.SendingApi.as;
import static dev.postern.gateway.support.SendingApi.message;
import static dev.postern.gateway.support.SendingApi.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.postern.events.Topics;
import dev.postern.events.payload.SendRequestedV1;
import dev.postern.gateway.TestWorkspaces;
import dev.postern.gateway.support.SendStandInResource;
import dev.postern.gateway.support.SendingApi;
import dev.postern.gateway.support.StandInControl;
import dev.postern.gateway.support.TopicRecords;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replies and forwards are threaded by the server, from the original as the send service describes it. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(SendStandInResource.class)
class ReplyForwardTests {

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;
    @ConfigProperty(name = "postern.send.url")
    String sendUrl;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    TestWorkspaces.Workspace ws;
    String agentId;
    String originalId;
    String originalHeader;

    @BeforeEach
    void anOriginalMessageSendKnows() {
        ws = TestWorkspaces.create(internalSecret, "threads");
        agentId = SendingApi.agent(ws.liveKey(), "threads-" + ws.id().substring(ws.id().length() - 8).toLowerCase());
        originalId = send(ws.liveKey(), message(agentId, "ada@example.com", "Launch plan")).then().statusCode(202).extract().path("id");
        originalHeader = "<" + originalId + "@agents.postern.test>";
        new StandInControl(sendUrl).putMessage(ws.id(), originalId, """
                {"object": "message", "id": "%s", "agent_id": "%s", "status": "delivered", "message_id_header": "%s",
                 "from": {"address": "bot@agents.postern.test", "name": "Bot"}, "to": ["ada@example.com"], "cc": ["bob@example.com"],
                 "subject": "Launch plan", "text": "The plan, in brief.", "html": "<p>The plan, in brief.</p>",
                 "references": ["<root@example.com>"], "created_at": "2026-11-20T10:00:00Z"}
                """.formatted(originalId, agentId, originalHeader));
    }

    @Test
    void aReplyIsThreadedOnTheOriginal() {
        String id = as(ws.liveKey()).body("{\"text\":\"Any questions?\",\"reply_all\":true}").post("/api/v1/messages/" + originalId + "/reply")
                .then().statusCode(202).body("status", equalTo("queued")).extract().path("id");
        SendRequestedV1 reply = request(id);
        assertThat(reply.subject()).isEqualTo("Re: Launch plan");
        assertThat(reply.inReplyTo()).isEqualTo(originalHeader);
        assertThat(reply.references()).containsExactly("<root@example.com>", originalHeader);
        assertThat(reply.to()).containsExactly("ada@example.com");
        assertThat(reply.cc()).containsExactly("bob@example.com");
        assertThat(reply.agentId()).isEqualTo(agentId);
        assertThat(reply.text()).isEqualTo("Any questions?");

        // a reply to the reply keeps the thread and does not stack prefixes
        new StandInControl(sendUrl).putMessage(ws.id(), id, """
                {"id": "%s", "agent_id": "%s", "message_id_header": "%s", "subject": "Re: Launch plan", "to": ["ada@example.com"],
                 "references": ["<root@example.com>", "%s"]}""".formatted(id, agentId, reply.messageIdHeader(), originalHeader));
        String second = as(ws.liveKey()).body("{\"text\":\"Ping\"}").post("/api/v1/messages/" + id + "/reply")
                .then().statusCode(202).extract().path("id");
        SendRequestedV1 again = request(second);
        assertThat(again.subject()).isEqualTo("Re: Launch plan");
        assertThat(again.references()).containsExactly("<root@example.com>", originalHeader, reply.messageIdHeader());
        assertThat(again.cc()).isEmpty();
    }

    @Test
    void aForwardCarriesTheOriginalAndGoesWhereTheCallerSays() {
        String id = as(ws.liveKey()).body("{\"to\":\"carol@example.org\",\"text\":\"FYI\"}").post("/api/v1/messages/" + originalId + "/forward")
                .then().statusCode(202).extract().path("id");
        SendRequestedV1 fwd = request(id);
        assertThat(fwd.subject()).isEqualTo("Fwd: Launch plan");
        assertThat(fwd.to()).containsExactly("carol@example.org");
        assertThat(fwd.inReplyTo()).isEqualTo(originalHeader);
        assertThat(fwd.text()).startsWith("FYI").contains("---------- Forwarded message ---------")
                .contains("Subject: Launch plan").contains("The plan, in brief.");
        assertThat(fwd.html()).contains("<blockquote><p>The plan, in brief.</p></blockquote>");
    }

    @Test
    void threadingFieldsAreTheServersAndAForwardNeedsRecipients() {
        as(ws.liveKey()).body("{\"text\":\"x\",\"subject\":\"mine\",\"in_reply_to\":\"<a@b.c>\"}").post("/api/v1/messages/" + originalId + "/reply")
                .then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItems("subject", "in_reply_to"));
        as(ws.liveKey()).body("{\"text\":\"x\"}").post("/api/v1/messages/" + originalId + "/forward")
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
        as(ws.liveKey()).body("{}").post("/api/v1/messages/" + originalId + "/reply")
                .then().statusCode(422).body("errors[0].field", equalTo("text"));
    }

    @Test
    void aReplyToAMessageSendHasNotTakenYetIsToldToRetry() {
        String fresh = send(ws.liveKey(), message(agentId, "ada@example.com", "fresh")).then().statusCode(202).extract().path("id");
        as(ws.liveKey()).body("{\"text\":\"too soon\"}").post("/api/v1/messages/" + fresh + "/reply")
                .then().statusCode(409).body("type", equalTo(Problem.TYPE_BASE + "message-not-ready")).header("Retry-After", "1");
    }

    private SendRequestedV1 request(String messageId) {
        return TopicRecords.events(TopicRecords.mentioning(bootstrap, Topics.SEND_REQUESTS, "\"message_id\":\"" + messageId + "\"", 1))
                .get(0).dataAs(SendRequestedV1.class);
    }
}
