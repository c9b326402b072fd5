package dev.postern.gateway.rest;

import static dev.postern.gateway.support.SendingApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.postern.events.EventEnvelope;
import dev.postern.events.Topics;
import dev.postern.events.payload.AgentChangedV1;
import dev.postern.gateway.TestWorkspaces;
import dev.postern.gateway.support.SendStandInResource;
import dev.postern.gateway.support.SendingApi;
import dev.postern.gateway.support.TopicRecords;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(SendStandInResource.class)
class AgentsTests {

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    TestWorkspaces.Workspace ws;

    @BeforeEach
    void workspace() {
        ws = TestWorkspaces.create(internalSecret, "agents");
    }

    @Test
    void anAgentIsCreatedReadListedChangedAndArchivedWithAnEventForEachChange() {
        String id = as(ws.liveKey()).body("{\"name\":\"support-bot\",\"display_name\":\"Support\"}")
                .post("/api/v1/agents").then().statusCode(201)
                .body("object", equalTo("agent")).body("name", equalTo("support-bot"))
                .body("address", equalTo("support-bot@agents.postern.test")).body("display_name", equalTo("Support"))
                .body("status", equalTo("active")).body("created_at", notNullValue())
                .extract().path("id");
        assertThat(id).matches("agt_[0-9A-HJKMNP-TV-Z]{26}");

        as(ws.liveKey()).get("/api/v1/agents/" + id).then().statusCode(200).body("name", equalTo("support-bot"));
        as(ws.liveKey()).get("/api/v1/agents/support-bot").then().statusCode(200).body("id", equalTo(id));
        as(ws.liveKey()).get("/api/v1/agents").then().statusCode(200).body("data.id", hasItem(id));

        as(ws.liveKey()).body("{\"display_name\":\"Support desk\",\"status\":\"paused\"}").patch("/api/v1/agents/" + id)
                .then().statusCode(200).body("display_name", equalTo("Support desk")).body("status", equalTo("paused"));
        as(ws.liveKey()).get("/api/v1/agents?status=paused").then().statusCode(200).body("data.id", equalTo(List.of(id)));

        as(ws.liveKey()).delete("/api/v1/agents/" + id).then().statusCode(200)
                .body("status", equalTo("archived")).body("archived_at", notNullValue());
        as(ws.liveKey()).delete("/api/v1/agents/" + id).then().statusCode(200).body("status", equalTo("archived"));
        as(ws.liveKey()).body("{\"status\":\"active\"}").patch("/api/v1/agents/" + id).then().statusCode(409)
                .body("type", equalTo(Problem.TYPE_BASE + "agent-archived"));

        List<EventEnvelope> events = TopicRecords.events(TopicRecords.matching(bootstrap, Topics.WORKSPACE,
                r -> r.key().equals(ws.id()) && r.value().contains(id), 3));
        assertThat(events).extracting(EventEnvelope::type).containsExactly("agent.created", "agent.updated", "agent.archived");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.category().wireName()).isEqualTo("agents");
            assertThat(e.target().id()).isEqualTo(id);
            assertThat(e.actor().keyPrefix()).isNotBlank();
        });
        AgentChangedV1 updated = events.get(1).dataAs(AgentChangedV1.class);
        assertThat(updated.changed()).containsExactly("display_name", "status");
        assertThat(updated.status()).isEqualTo("paused");
    }

    @Test
    void namesAreUniquePerWorkspaceAndAddressesAcrossThePlatform() {
        SendingApi.agent(ws.liveKey(), "unique-one");
        as(ws.liveKey()).body("{\"name\":\"unique-one\"}").post("/api/v1/agents").then().statusCode(409)
                .body("type", equalTo(Problem.TYPE_BASE + "agent-name-taken")).body("errors[0].field", equalTo("name"));

        TestWorkspaces.Workspace other = TestWorkspaces.create(internalSecret, "agents-other");
        as(other.liveKey()).body("{\"name\":\"unique-one\"}").post("/api/v1/agents").then().statusCode(409)
                .body("type", equalTo(Problem.TYPE_BASE + "address-taken")).body("errors[0].field", equalTo("name"));
        as(other.liveKey()).body("{\"name\":\"unique-one\",\"local_part\":\"unique-one.other\"}").post("/api/v1/agents")
                .then().statusCode(201).body("address", equalTo("unique-one.other@agents.postern.test"));
    }

    @Test
    void badBodiesAreProblemsNamingEveryField() {
        as(ws.liveKey()).body("{\"name\":\"Bad Name!\",\"display_name\":\"two\\nlines\",\"address\":\"x@y.z\"}")
                .post("/api/v1/agents").then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "validation-failed"))
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("display_name"))
                .body("errors.field", hasItem("address"))
                .body("errors.find { it.field == 'display_name' }.message", containsString("line breaks"));
        as(ws.liveKey()).body("{\"name\":\"ok\",\"local_part\":\"postmaster\"}").post("/api/v1/agents").then().statusCode(422)
                .body("errors[0].field", equalTo("local_part")).body("errors[0].message", containsString("reserved"));
        as(ws.liveKey()).body("{\"name\":\"a..b\"}").post("/api/v1/agents").then().statusCode(422)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", containsString("local_part"));
        as(ws.liveKey()).body("{\"status\":\"archived\"}").patch("/api/v1/agents/nobody").then().statusCode(422)
                .body("errors[0].field", equalTo("status"));
        as(ws.liveKey()).body("[]").post("/api/v1/agents").then().statusCode(422).body("errors[0].field", equalTo("(body)"));
        as(ws.liveKey()).get("/api/v1/agents?limit=0").then().statusCode(422).body("errors[0].field", equalTo("limit"));
        as(ws.liveKey()).get("/api/v1/agents").then().statusCode(200).body("data", hasSize(0));
    }

    @Test
    void anotherWorkspacesAgentIsNotFoundByIdOrName() {
        String id = SendingApi.agent(ws.liveKey(), "private-agent");
        TestWorkspaces.Workspace other = TestWorkspaces.create(internalSecret, "agents-intruder");
        as(other.liveKey()).get("/api/v1/agents/" + id).then().statusCode(404).body("type", equalTo(Problem.TYPE_BASE + "not-found"));
        as(other.liveKey()).get("/api/v1/agents/private-agent").then().statusCode(404);
        as(other.liveKey()).body("{\"status\":\"paused\"}").patch("/api/v1/agents/" + id).then().statusCode(404);
        as(other.liveKey()).delete("/api/v1/agents/" + id).then().statusCode(404);
        as(other.liveKey()).get("/api/v1/agents").then().statusCode(200).body("data", hasSize(0));
        as(ws.liveKey()).get("/api/v1/agents/" + id).then().statusCode(200).body("status", equalTo("active"));
    }

    @Test
    void aKeyWithoutAgentScopesIsRefused() {
        String readOnly = as(ws.liveKey()).body("{\"name\":\"ro\",\"scopes\":[\"agents:read\"]}").post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("key");
        as(readOnly).get("/api/v1/agents").then().statusCode(200);
        as(readOnly).body("{\"name\":\"nope\"}").post("/api/v1/agents").then().statusCode(403)
                .body("type", equalTo(Problem.TYPE_BASE + "missing-scope")).body("detail", containsString("agents:write"));
    }
}
