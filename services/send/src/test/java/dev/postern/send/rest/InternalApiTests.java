package dev.postern.send.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.postern.auth.InternalToken;
import dev.postern.events.Topics;
import dev.postern.events.payload.SuppressionChangedV1;
import dev.postern.send.Internal;
import dev.postern.send.MailSinkResource;
import dev.postern.send.SendRequests;
import dev.postern.send.TopicReader;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The internal API as the gateway uses it: token bound to the workspace, problems it can pass through. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "send"))
@WithTestResource(MailSinkResource.class)
class InternalApiTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "postern.internal.secret")
    String secret;

    @Test
    void everyRouteNeedsATokenBoundToItsWorkspace() {
        String ws = SendRequests.workspace();
        String other = SendRequests.workspace();
        for (String path : List.of("/internal/v1/workspaces/{ws}/messages", "/internal/v1/workspaces/{ws}/suppressions",
                "/internal/v1/workspaces/{ws}/messages/msg_01JDX0000000000000000000MS")) {
            given().get(path, ws).then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("https://postern.dev/problems/invalid-internal-token"));
            Internal.as(other).get(path, ws).then().statusCode(401);
            given().header(InternalToken.HEADER, InternalToken.issue("another-secret", "gateway", ws, Duration.ofMinutes(1)))
                    .get(path, ws).then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body("{\"address\":\"a@example.com\"}")
                .post("/internal/v1/workspaces/{ws}/suppressions", ws).then().statusCode(401);
        given().delete("/internal/v1/workspaces/{ws}/suppressions/a@example.com", ws).then().statusCode(401);
        given().post("/internal/v1/workspaces/{ws}/messages/msg_01JDX0000000000000000000MS/cancel", ws).then().statusCode(401);
    }

    @Test
    void suppressionsCanBeAddedReadListedAndRemovedWithAnEventEach() {
        String ws = SendRequests.workspace();
        String path = "/internal/v1/workspaces/{ws}/suppressions";
        try (TopicReader events = new TopicReader(bootstrap, Topics.MESSAGES)) {
            Internal.as(ws).contentType(ContentType.JSON).body("{\"address\":\"Ada@Example.com\",\"reason\":\"manual\"}")
                    .post(path, ws).then().statusCode(201).body("address", equalTo("ada@example.com")).body("reason", equalTo("manual"));
            Internal.as(ws).contentType(ContentType.JSON).body("{\"address\":\"ada@example.com\",\"reason\":\"complaint\"}")
                    .post(path, ws).then().statusCode(200).body("reason", equalTo("manual"));
            Internal.as(ws).contentType(ContentType.JSON)
                    .body("{\"address\":\"bob@example.com\",\"reason\":\"unsubscribe\",\"source_message_id\":\"msg_01JDX0000000000000000000MS\"}")
                    .post(path, ws).then().statusCode(201).body("source_message_id", equalTo("msg_01JDX0000000000000000000MS"));
            Internal.as(ws).get(path + "/{a}", ws, "ADA@example.com").then().statusCode(200).body("address", equalTo("ada@example.com"));

            Internal.as(ws).delete(path + "/{a}", ws, "ada@example.com").then().statusCode(204);
            Internal.as(ws).delete(path + "/{a}", ws, "ada@example.com").then().statusCode(204);
            Internal.as(ws).get(path + "/{a}", ws, "ada@example.com").then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("https://postern.dev/problems/not-found"));

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events.types(ws))
                    .containsExactly("suppression.added", "suppression.added", "suppression.removed"));
            assertThat(events.events(ws).get(2).dataAs(SuppressionChangedV1.class))
                    .isEqualTo(new SuppressionChangedV1("ada@example.com", "manual", null));
            assertThat(events.events(ws)).allSatisfy(e -> assertThat(e.target().type()).isEqualTo("suppression"));
        }
    }

    @Test
    void badInputIsA4xxProblemNamingTheFieldAndWritesNothing() {
        String ws = SendRequests.workspace();
        String path = "/internal/v1/workspaces/{ws}/suppressions";
        Internal.as(ws).contentType(ContentType.JSON).body("{\"address\":\"not an address\"}").post(path, ws)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://postern.dev/problems/validation-failed")).body("errors[0].field", equalTo("address"));
        Internal.as(ws).contentType(ContentType.JSON).body("{\"address\":\"a@example.com\",\"reason\":\"because\"}").post(path, ws)
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        Internal.as(ws).contentType(ContentType.JSON).body("{\"address\":\"a@example.com\",\"source_message_id\":\"nope\"}").post(path, ws)
                .then().statusCode(422).body("errors[0].field", equalTo("source_message_id"));
        Internal.as(ws).contentType(ContentType.JSON).body("{\"address\":").post(path, ws).then().statusCode(400)
                .body("type", equalTo("https://postern.dev/problems/invalid-json"));
        Internal.as(ws).get(path, ws).then().statusCode(200).body("data.size()", equalTo(0));
        Internal.as(ws).queryParam("limit", 0).get(path, ws).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        Internal.as(ws).queryParam("cursor", "bogus").get(path, ws).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        Internal.as(ws).queryParam("status", "lost").get("/internal/v1/workspaces/{ws}/messages", ws).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, "msg_01JDX0000000000000000000MS").then().statusCode(404);
        Internal.as(ws).post("/internal/v1/workspaces/{ws}/messages/{id}/cancel", ws, "msg_01JDX0000000000000000000MS").then().statusCode(404);
    }

    @Test
    void listsPageNewestFirstWithFiltersAndCursors() {
        String ws = SendRequests.workspace();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = SendRequests.messageId();
            ids.add(id);
            SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(id, List.of("page" + i + "@example.com"))));
        }
        String suppressed = SendRequests.messageId();
        Internal.as(ws).contentType(ContentType.JSON).body("{\"address\":\"blocked@example.com\"}")
                .post("/internal/v1/workspaces/{ws}/suppressions", ws).then().statusCode(201);
        SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(suppressed, List.of("blocked@example.com"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, suppressed).equals("suppressed")
                && ids.stream().allMatch(id -> Internal.status(ws, id).equals("delivered")));

        JsonPath first = Internal.as(ws).queryParam("limit", 2).get("/internal/v1/workspaces/{ws}/messages", ws).jsonPath();
        assertThat(first.getList("data.id")).containsExactly(suppressed, ids.get(2));
        assertThat(first.getBoolean("has_more")).isTrue();
        JsonPath second = Internal.as(ws).queryParam("limit", 2).queryParam("cursor", first.getString("next_cursor"))
                .get("/internal/v1/workspaces/{ws}/messages", ws).jsonPath();
        assertThat(second.getList("data.id")).containsExactly(ids.get(1), ids.get(0));
        assertThat(second.getBoolean("has_more")).isFalse();
        assertThat(second.getString("next_cursor")).isNull();

        assertThat(Internal.as(ws).queryParam("status", "suppressed").get("/internal/v1/workspaces/{ws}/messages", ws).jsonPath()
                .getList("data.id")).containsExactly(suppressed);
        assertThat(Internal.as(ws).queryParam("agent_id", "agt_other").get("/internal/v1/workspaces/{ws}/messages", ws).jsonPath()
                .getList("data")).isEmpty();
        assertThat(Internal.as(ws).queryParam("agent_id", SendRequests.AGENT).get("/internal/v1/workspaces/{ws}/messages", ws)
                .jsonPath().getList("data")).hasSize(4);
        // another workspace sees none of it
        String other = SendRequests.workspace();
        assertThat(Internal.as(other).get("/internal/v1/workspaces/{ws}/messages", other).jsonPath().getList("data")).isEmpty();
        Internal.as(other).get("/internal/v1/workspaces/{ws}/messages/{id}", other, suppressed).then().statusCode(404);
    }
}
