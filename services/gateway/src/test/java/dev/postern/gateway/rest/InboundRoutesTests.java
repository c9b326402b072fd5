package dev.postern.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.postern.gateway.TestWorkspaces;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The inbound routes at the gateway with the inbound-scanner down (nothing listens where it should): a 503 problem
 * with Retry-After, not a timeout or a 500; scopes and ids are checked before any call is made.
 */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(InboundRoutesTests.ClosedInboundPort.class)
class InboundRoutesTests {

    /** Points the gateway at a port that was free a moment ago and that nothing listens on. */
    public static class ClosedInboundPort implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try (ServerSocket s = new ServerSocket(0)) {
                return Map.of("postern.inbound.url", "http://127.0.0.1:" + s.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
        }
    }

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;

    @Test
    void whileTheInboundScannerIsDownTheRoutesAnswer503Problems() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "inbound-down");
        for (String path : new String[] {"/api/v1/inbound", "/api/v1/threads", "/api/v1/quarantine"}) {
            given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).get(path)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo(Problem.TYPE_BASE + "dependency-unavailable"));
        }
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType("application/json")
                .body("{\"text\":\"hello\"}").post("/api/v1/inbound/scan").then().statusCode(503);
    }

    @Test
    void scopesAndIdsAreCheckedBeforeAnythingIsRelayed() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "inbound-scopes");
        String readOnly = given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType("application/json")
                .body("{\"name\":\"reader\",\"scopes\":[\"inbound:read\"]}").post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("key");
        given().header("Authorization", TestWorkspaces.bearer(readOnly)).get("/api/v1/quarantine").then().statusCode(403)
                .body("type", equalTo(Problem.TYPE_BASE + "missing-scope"));
        given().header("Authorization", TestWorkspaces.bearer(readOnly)).post("/api/v1/quarantine/inb_01J00000000000000000000000/release")
                .then().statusCode(403);
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).get("/api/v1/inbound/not-an-id").then().statusCode(404);
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).get("/api/v1/inbound?agent_id=bogus").then().statusCode(422)
                .body("errors[0].field", equalTo("agent_id"));
        given().get("/api/v1/inbound").then().statusCode(401);
    }
}
