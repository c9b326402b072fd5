package dev.postern.gateway.rest;

import static dev.postern.gateway.support.SendingApi.as;
import static dev.postern.gateway.support.SendingApi.message;
import static dev.postern.gateway.support.SendingApi.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.postern.gateway.TestWorkspaces;
import dev.postern.gateway.support.SendStandInResource;
import dev.postern.gateway.support.SendingApi;
import dev.postern.gateway.support.StandInControl;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The routes relayed to the send service's internal API, against a real HTTP server standing in for
 * it ({@link dev.postern.gateway.support.SendStandIn}): tokens bound to the caller's workspace, send's
 * problems passed through, the gateway's own answer for a message send does not know yet, 503 and a
 * circuit breaker while send is broken.
 */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(SendStandInResource.class)
class SendRelayTests {

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;
    @ConfigProperty(name = "postern.send.url")
    String sendUrl;

    TestWorkspaces.Workspace ws;
    StandInControl standIn;
    String agentId;

    @BeforeEach
    void workspace() {
        ws = TestWorkspaces.create(internalSecret, "relay");
        standIn = new StandInControl(sendUrl);
        agentId = SendingApi.agent(ws.liveKey(), "relay-" + ws.id().substring(ws.id().length() - 8).toLowerCase());
    }

    @Test
    void aMessageSendDoesNotKnowYetIsQueuedAndThenSendsOwnViewWins() {
        String id = send(ws.liveKey(), message(agentId, "ada@example.com", "status")).then().statusCode(202).extract().path("id");
        as(ws.liveKey()).get("/api/v1/messages/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("status", equalTo("queued")).body("agent_id", equalTo(agentId))
                .body("message_id", equalTo("<" + id + "@agents.postern.test>")).body("history[0].status", equalTo("queued"));

        standIn.putMessage(ws.id(), id, """
                {"object": "message", "id": "%s", "agent_id": "%s", "status": "sent", "message_id_header": "<%s@agents.postern.test>",
                 "history": [{"status": "queued", "at": "2026-01-01T00:00:00Z"}, {"status": "sent", "at": "2026-01-01T00:00:01Z"}]}
                """.formatted(id, agentId, id));
        as(ws.liveKey()).get("/api/v1/messages/" + id).then().statusCode(200)
                .body("status", equalTo("sent")).body("history", hasSize(2)).body("message_id", equalTo("<" + id + "@agents.postern.test>"));
        assertThat(standIn.callsFor(ws.id())).allSatisfy(c -> assertThat(c).doesNotContain("[bad-token]"))
                .contains("GET /internal/v1/workspaces/" + ws.id() + "/messages/" + id);
    }

    @Test
    void anotherWorkspacesMessageIsNotFound() {
        String id = send(ws.liveKey(), message(agentId, "ada@example.com", "mine")).then().statusCode(202).extract().path("id");
        TestWorkspaces.Workspace other = TestWorkspaces.create(internalSecret, "relay-intruder");
        as(other.liveKey()).get("/api/v1/messages/" + id).then().statusCode(404).body("type", equalTo(Problem.TYPE_BASE + "not-found"));
        as(other.liveKey()).post("/api/v1/messages/" + id + "/cancel").then().statusCode(404);
        as(other.liveKey()).body("{\"text\":\"hijack\"}").post("/api/v1/messages/" + id + "/reply").then().statusCode(404);
        as(ws.liveKey()).get("/api/v1/messages/msg_nonsense").then().statusCode(404);
        // the intruder's calls reached send only with a token for its own workspace
        assertThat(standIn.callsFor(other.id())).allSatisfy(c -> assertThat(c).doesNotContain("[bad-token]"));
        assertThat(standIn.calls()).noneMatch(c -> c.contains("/workspaces/" + ws.id() + "/") && c.contains("[bad-token]"));
    }

    @Test
    void listingResolvesTheAgentFilterAndCancelPassesSendsProblemsThrough() {
        String id = send(ws.liveKey(), message(agentId, "ada@example.com", "listed")).then().statusCode(202).extract().path("id");
        standIn.putMessage(ws.id(), id, "{\"id\":\"" + id + "\",\"agent_id\":\"" + agentId + "\",\"status\":\"sent\",\"message_id_header\":\"<x@y.z>\"}");
        String name = as(ws.liveKey()).get("/api/v1/agents/" + agentId).then().extract().path("name");
        as(ws.liveKey()).get("/api/v1/messages?agent=" + name + "&status=sent&limit=10").then().statusCode(200)
                .body("object", equalTo("list")).body("data.id", hasItem(id)).body("data[0].message_id", equalTo("<x@y.z>"));
        assertThat(standIn.callsFor(ws.id())).anyMatch(c -> c.contains("/messages?") && c.contains("agent_id=" + agentId)
                && c.contains("status=sent") && c.contains("limit=10"));
        as(ws.liveKey()).get("/api/v1/messages?agent=ghost").then().statusCode(422).body("errors[0].field", equalTo("agent"));
        as(ws.liveKey()).get("/api/v1/messages?status=lost").then().statusCode(422).body("errors[0].field", equalTo("status"));

        as(ws.liveKey()).post("/api/v1/messages/" + id + "/cancel").then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "message-not-cancellable"))
                .body("instance", equalTo("/api/v1/messages/" + id + "/cancel")).body("request_id", containsString("req_"));

        String later = send(ws.liveKey(), message(agentId, "ada@example.com", "later")).then().statusCode(202).extract().path("id");
        as(ws.liveKey()).post("/api/v1/messages/" + later + "/cancel").then().statusCode(409)
                .body("type", equalTo(Problem.TYPE_BASE + "message-not-ready")).header("Retry-After", "1");
        standIn.putMessage(ws.id(), later, "{\"id\":\"" + later + "\",\"status\":\"scheduled\"}");
        as(ws.liveKey()).post("/api/v1/messages/" + later + "/cancel").then().statusCode(200).body("status", equalTo("cancelled"));
    }

    @Test
    void suppressionsAreRelayedForTheCallersWorkspaceOnly() {
        as(ws.liveKey()).body("{\"address\":\"Gone@Example.com\"}").post("/api/v1/suppressions").then().statusCode(201)
                .body("address", equalTo("Gone@example.com")).body("reason", equalTo("manual"));
        as(ws.liveKey()).body("{\"address\":\"Gone@example.com\"}").post("/api/v1/suppressions").then().statusCode(200);
        as(ws.liveKey()).get("/api/v1/suppressions").then().statusCode(200).body("data.address", hasItem("Gone@example.com"));
        as(ws.liveKey()).get("/api/v1/suppressions/Gone@example.com").then().statusCode(200).body("reason", equalTo("manual"));

        TestWorkspaces.Workspace other = TestWorkspaces.create(internalSecret, "relay-suppressions");
        as(other.liveKey()).get("/api/v1/suppressions/Gone@example.com").then().statusCode(404)
                .body("instance", org.hamcrest.Matchers.startsWith("/api/v1/suppressions/Gone")); // as the client encoded it
        as(other.liveKey()).get("/api/v1/suppressions").then().statusCode(200).body("data", hasSize(0));

        as(ws.liveKey()).body("{\"address\":\"x@example.com\",\"reason\":\"hard_bounce\"}").post("/api/v1/suppressions")
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        as(ws.liveKey()).body("{\"address\":\"not an address\"}").post("/api/v1/suppressions")
                .then().statusCode(422).body("errors[0].field", equalTo("address"));
        as(ws.liveKey()).delete("/api/v1/suppressions/Gone@example.com").then().statusCode(204);
        as(ws.liveKey()).get("/api/v1/suppressions/Gone@example.com").then().statusCode(404);
    }

    @Test
    void whileSendIsBrokenReadsAre503AndTheBreakerStopsCallingIt() {
        String id = send(ws.liveKey(), message(agentId, "ada@example.com", "during outage")).then().statusCode(202).extract().path("id");
        standIn.failing(true);
        try {
            for (int i = 0; i < 3; i++) {
                as(ws.liveKey()).get("/api/v1/messages/" + id).then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                        .body("type", equalTo(Problem.TYPE_BASE + "dependency-unavailable"));
            }
            long before = standIn.callsFor(ws.id()).size();
            as(ws.liveKey()).get("/api/v1/suppressions").then().statusCode(503).header("Retry-After", org.hamcrest.Matchers.notNullValue());
            assertThat(standIn.callsFor(ws.id())).as("the open breaker does not call send").hasSize((int) before);
            // sending does not depend on send being up: it only writes to the outbox
            send(ws.liveKey(), message(agentId, "ada@example.com", "still accepted")).then().statusCode(202);
        } finally {
            standIn.failing(false);
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                as(ws.liveKey()).get("/api/v1/messages/" + id).then().statusCode(200).body("status", equalTo("queued")));
    }
}
