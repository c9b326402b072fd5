package dev.postern.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.postern.auth.InternalToken;
import dev.postern.gateway.TestWorkspaces;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The address lookup the inbound-scanner makes for an agent its own directory does not know yet. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
class InternalMailboxesTests {

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;

    @Test
    void aJustCreatedAgentIsFoundByAddressAcrossWorkspacesWithItsStatus() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "mailbox-lookup");
        String id = given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType(ContentType.JSON)
                .body("{\"name\":\"fresh-inbox\"}").post("/api/v1/agents").then().statusCode(201).extract().path("id");

        given().header(InternalToken.HEADER, token("inbound-scanner", InternalToken.ANY_WORKSPACE))
                .get("/internal/v1/mailboxes/Fresh-Inbox@Agents.Postern.Test").then().statusCode(200)
                .body("agent_id", equalTo(id)).body("workspace_id", equalTo(ws.id())).body("status", equalTo("active"));

        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).delete("/api/v1/agents/" + id).then().statusCode(200);
        given().header(InternalToken.HEADER, token("inbound-scanner", InternalToken.ANY_WORKSPACE))
                .get("/internal/v1/mailboxes/fresh-inbox@agents.postern.test").then().statusCode(200)
                .body("status", equalTo("archived"));
    }

    @Test
    void anUnknownAddressIs404AndABadOneIs422() {
        given().header(InternalToken.HEADER, token("inbound-scanner", InternalToken.ANY_WORKSPACE))
                .get("/internal/v1/mailboxes/nobody-here@agents.postern.test").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo(Problem.TYPE_BASE + "mailbox-not-found"));
        given().header(InternalToken.HEADER, token("inbound-scanner", InternalToken.ANY_WORKSPACE))
                .get("/internal/v1/mailboxes/not-an-address").then().statusCode(422)
                .body("errors[0].field", equalTo("address"));
    }

    @Test
    void onlyThePlatformTokenOfTheInboundScannerMayAsk() {
        String path = "/internal/v1/mailboxes/someone@agents.postern.test";
        given().get(path).then().statusCode(401);
        given().header(InternalToken.HEADER, token("webhooks", InternalToken.ANY_WORKSPACE)).get(path).then().statusCode(401);
        given().header(InternalToken.HEADER, token("inbound-scanner", "ws_01JSOMEWORKSPACE0000000000")).get(path)
                .then().statusCode(401);
        given().header("Authorization", "Bearer pk_live_notakey").get(path).then().statusCode(401);
    }

    private String token(String caller, String workspace) {
        return InternalToken.issue(internalSecret, caller, workspace, Duration.ofMinutes(1));
    }
}
