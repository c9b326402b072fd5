package dev.postern.inboundscanner.rest;

import static dev.postern.inboundscanner.InboundTestSupport.address;
import static dev.postern.inboundscanner.InboundTestSupport.agentId;
import static dev.postern.inboundscanner.InboundTestSupport.api;
import static dev.postern.inboundscanner.InboundTestSupport.createAgent;
import static dev.postern.inboundscanner.InboundTestSupport.inboundEvents;
import static dev.postern.inboundscanner.InboundTestSupport.json;
import static dev.postern.inboundscanner.InboundTestSupport.processed;
import static dev.postern.inboundscanner.InboundTestSupport.publish;
import static dev.postern.inboundscanner.InboundTestSupport.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.events.Actor;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventIds;
import dev.postern.events.EventType;
import dev.postern.events.payload.SendRequestedV1;
import dev.postern.inboundscanner.SmtpDialogue;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replies matched to the Message-IDs we sent (projected from the send-request topic), threads, and sender checks. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = {
        @ResourceArg(name = "service", value = "inbound_scanner"), @ResourceArg(name = "s3", value = "true")})
class ThreadingAndAuthenticationTests {

    @Test
    void aReplyToAMessageWeSentIsAReplyInItsThreadWithoutTheQuotedHistory() {
        String ws = workspace();
        String agent = agentId();
        String me = address("sales");
        createAgent(ws, agent, me);
        String messageId = "msg_" + EventIds.ulid(Instant.now());
        String header = "<" + messageId + "@agents.postern.test>";
        EventEnvelope requested = EventEnvelope.builder(EventType.MESSAGE_SEND_REQUESTED).source("gateway").workspace(ws)
                .actor(Actor.service("gateway")).data(new SendRequestedV1(messageId, header, agent,
                        new SendRequestedV1.Mailbox(me, "Sales"), List.of("carol@client.example"), List.of(), List.of(), List.of(),
                        "Your quote", "Here is the quote.", null, Map.of(), List.of(), Map.of(), List.of(), null, null, List.of(),
                        "live", null)).build();
        publish(requested);
        publish(requested); // at least once: the same event twice changes nothing

        String reply = "From: Carol <carol@client.example>\r\nTo: " + me + "\r\nSubject: Re: Your quote\r\n"
                + "Message-ID: <r1-" + System.nanoTime() + "@client.example>\r\nIn-Reply-To: " + header + "\r\nReferences: " + header
                + "\r\nAuthentication-Results: mx.client.example; spf=pass smtp.mailfrom=client.example; dkim=pass header.d=client.example;"
                + " dmarc=pass\r\n\r\nLooks good, we accept.\r\n\r\nOn Mon, 3 Nov 2026, Sales <" + me + "> wrote:\r\n> Here is the quote.\r\n";
        // the projection may lag the first try: a mail that arrived before it would be a plain message.received
        await().atMost(Duration.ofSeconds(30)).until(() -> api(ws).get("/threads").then().extract().asString().contains("Your quote"));
        assertThat(SmtpDialogue.send("carol@client.example", me, reply)).startsWith("250");
        String id = dev.postern.inboundscanner.InboundTestSupport.awaitList(ws, 1).get("data").get(0).get("id").asText();
        JsonNode detail = processed(ws, id);
        assertThat(detail.get("kind").asText()).isEqualTo("reply");
        assertThat(detail.get("replied_to_message_id").asText()).isEqualTo(messageId);
        assertThat(detail.get("reply_text").asText()).isEqualTo("Looks good, we accept.");
        assertThat(detail.at("/authentication/spf").asText()).isEqualTo("pass");
        assertThat(detail.at("/authentication/dkim").asText()).isEqualTo("pass");
        assertThat(detail.at("/authentication/dmarc").asText()).isEqualTo("pass");

        List<JsonNode> events = inboundEvents(ws, 1);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("reply.received");
        assertThat(events.get(0).at("/data/replied_to_message_id").asText()).isEqualTo(messageId);

        JsonNode thread = json(api(ws).get("/threads/" + detail.get("thread_id").asText()).then().statusCode(200).extract().asString());
        assertThat(thread.get("messages")).extracting(m -> m.get("direction").asText()).containsExactly("outbound", "inbound");
        assertThat(thread.get("messages").get(0).get("id").asText()).isEqualTo(messageId);
        assertThat(thread.get("messages").get(1).get("text").asText()).isEqualTo("Looks good, we accept.");
        JsonNode threads = json(api(ws).get("/threads").then().statusCode(200).extract().asString());
        assertThat(threads.get("data")).hasSize(1);
        assertThat(threads.get("data").get(0).get("inbound_count").asInt()).isEqualTo(1);
        assertThat(threads.get("data").get(0).get("outbound_count").asInt()).isEqualTo(1);
    }

    @Test
    void failingBothSpfAndDkimMakesItUnauthenticated() {
        String ws = workspace();
        String me = address("ops");
        createAgent(ws, agentId(), me);
        String mail = "From: \"Bank\" <security@bank.example>\r\nTo: " + me + "\r\nSubject: Statement\r\n"
                + "Authentication-Results: mx.postern.local; spf=fail smtp.mailfrom=bank.example; dkim=fail header.d=bank.example;"
                + " dmarc=fail\r\n\r\nYour monthly statement is ready.\r\n";
        SmtpDialogue.send("security@bank.example", me, mail);
        String id = dev.postern.inboundscanner.InboundTestSupport.awaitList(ws, 1).get("data").get(0).get("id").asText();
        JsonNode detail = processed(ws, id);
        assertThat(detail.get("flags").toString()).contains("unauthenticated");
        assertThat(detail.at("/authentication/spf").asText()).isEqualTo("fail");
        assertThat(inboundEvents(ws, 1)).extracting(e -> e.get("type").asText()).containsExactly("message.received.unauthenticated");
    }

    @Test
    void withoutAuthenticationResultsEverythingIsNoneAndTheMessageIsAPlainReceipt() {
        String ws = workspace();
        String me = address("plain");
        createAgent(ws, agentId(), me);
        SmtpDialogue.send("dan@else.example", me, "From: dan@else.example\r\nSubject: hi\r\n\r\nHello there.\r\n");
        String id = dev.postern.inboundscanner.InboundTestSupport.awaitList(ws, 1).get("data").get(0).get("id").asText();
        JsonNode detail = processed(ws, id);
        assertThat(detail.at("/authentication/spf").asText()).isEqualTo("none");
        assertThat(detail.get("kind").asText()).isEqualTo("message");
        assertThat(inboundEvents(ws, 1)).extracting(e -> e.get("type").asText()).containsExactly("message.received");
    }
}
