package dev.postern.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import dev.postern.auth.InternalToken;
import dev.postern.gateway.TestWorkspaces;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The relay against a real HTTP server standing in for the inbound-scanner: the call carries a token bound to the
 * caller's workspace, a 2xx comes back as it is, and a 4xx problem keeps its type and detail but gets the public
 * request's instance and id.
 */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(InboundRelayPassThroughTests.StandIn.class)
class InboundRelayPassThroughTests {

    static final List<String> CALLS = new CopyOnWriteArrayList<>();
    static final List<String> SCAN_BODIES = new CopyOnWriteArrayList<>();

    /** Answers 200 to GET …/inbound and a 422 problem to POST …/scan, recording each call and its token. */
    public static class StandIn implements QuarkusTestResourceLifecycleManager {
        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/internal/v1/workspaces/", exchange -> {
                CALLS.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst(InternalToken.HEADER));
                boolean scan = exchange.getRequestURI().getPath().endsWith("/scan");
                if (scan) {
                    SCAN_BODIES.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                }
                byte[] body = (scan
                        ? "{\"type\":\"https://postern.dev/problems/validation-failed\",\"title\":\"Unprocessable Entity\",\"status\":422,"
                          + "\"detail\":\"text must be a string\",\"errors\":[{\"field\":\"text\",\"message\":\"must be a string\"}]}"
                        : "{\"object\":\"list\",\"data\":[],\"has_more\":false,\"next_cursor\":null}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", scan ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(scan ? 422 : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return Map.of("postern.inbound.url", "http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void stop() {
            server.stop(0);
        }
    }

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;

    @Test
    void answersArePassedThroughWithTheCallersWorkspaceToken() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "inbound-relay");
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).get("/api/v1/inbound")
                .then().statusCode(200).body("object", equalTo("list"));
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType("application/json")
                .body("{\"text\":42}").post("/api/v1/inbound/scan")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "validation-failed"))
                .body("errors[0].field", equalTo("text"))
                .body("instance", equalTo("/api/v1/inbound/scan"));
        assertThat(CALLS).hasSizeGreaterThanOrEqualTo(2).allSatisfy(call -> {
            assertThat(call).contains("/internal/v1/workspaces/" + ws.id() + "/");
            String token = call.substring(call.lastIndexOf(' ') + 1);
            assertThat(InternalToken.verify(internalSecret, token, Instant.now()))
                    .hasValueSatisfying(claims -> assertThat(claims.workspace()).isEqualTo(ws.id()));
        });
    }

    @Test
    void aRawMessageBodyIsScannedAsRaw() throws Exception {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "inbound-raw-scan");
        String mail = "From: a@sender.example\r\nSubject: Grüße\r\n\r\nLunch on Friday?\r\n";
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType("message/rfc822")
                .body(mail.getBytes(StandardCharsets.UTF_8)).post("/api/v1/inbound/scan")
                .then().statusCode(422);
        assertThat(SCAN_BODIES).isNotEmpty();
        com.fasterxml.jackson.databind.JsonNode relayed = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(SCAN_BODIES.get(SCAN_BODIES.size() - 1));
        assertThat(relayed.get("raw").asText()).isEqualTo(mail);
        assertThat(relayed.size()).isEqualTo(1);
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType("message/rfc822")
                .body(new byte[0]).post("/api/v1/inbound/scan")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("(body)"));
    }
}
