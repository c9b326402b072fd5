package dev.postern.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.postern.auth.InternalToken;
import dev.postern.gateway.TestWorkspaces;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /api/v1/webhooks as a customer uses it, and the internal endpoint directory the webhooks service reads. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
class WebhookEndpointsTests {

    private static final String PUBLIC_URL = "https://8.8.8.8/hooks/postern?token=abc";

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;

    @Test
    void theSecretIsShownOnceAndTheEndpointCanBeReadListedAndChanged() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "webhooks-crud");
        JsonPath created = as(ws).body("{\"url\":\"" + PUBLIC_URL + "\",\"event_types\":[\"message.received\",\"message.*\"],"
                + "\"description\":\"agent inbox\"}").post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        assertThat(id).matches("whe_[0-9A-Z]{26}");
        assertThat(created.getString("object")).isEqualTo("webhook_endpoint");
        assertThat(created.getString("secret")).matches("whsec_[A-Za-z0-9+/=]{44}");
        assertThat(created.getList("event_types")).containsExactly("message.received", "message.*");
        assertThat(created.getBoolean("active")).isTrue();

        String read = as(ws).get("/api/v1/webhooks/" + id).then().statusCode(200).extract().asString();
        assertThat(read).doesNotContain(created.getString("secret")).doesNotContain("\"secret\"").contains("agent inbox");
        assertThat(as(ws).get("/api/v1/webhooks").then().statusCode(200).extract().jsonPath().getList("data.id")).contains(id);

        JsonPath patched = as(ws).body("{\"event_types\":[\"message.bounced\"],\"description\":null,\"active\":false}")
                .patch("/api/v1/webhooks/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(patched.getList("event_types")).containsExactly("message.bounced");
        assertThat(patched.getString("description")).isNull();
        assertThat(patched.getBoolean("active")).isFalse();
        assertThat(Instant.parse(patched.getString("updated_at"))).isAfter(Instant.parse(created.getString("updated_at")));

        as(ws).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        as(ws).get("/api/v1/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        as(ws).delete("/api/v1/webhooks/" + id).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://169.254.169.254/latest/meta-data/", "https://localhost/hook", "https://10.0.0.1/hook",
            "https://[::1]/hook", "https://[::ffff:127.0.0.1]/x", "https://metadata.google.internal/computeMetadata/v1/",
            "https://192.168.1.10/x", "https://100.64.0.1/x", "https://0.0.0.0/x", "https://2130706433/x",
            "https://user:pw@8.8.8.8/x", "ftp://8.8.8.8/x", "https://nowhere.invalid/x"})
    void privateLoopbackMetadataAndMalformedUrlsAreRefusedAtRegistration(String url) {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "ssrf");
        as(ws).body("{\"url\":\"" + url + "\"}").post("/api/v1/webhooks")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://postern.dev/problems/validation-failed"))
                .body("errors[0].field", equalTo("url"));
        assertThat(as(ws).get("/api/v1/webhooks").then().extract().jsonPath().getList("data")).as("nothing half-written").isEmpty();
    }

    @Test
    void plainHttpIsRefusedOutsideALocalStackAndBadFieldsAreNamed() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "validation");
        as(ws).body("{\"url\":\"http://8.8.8.8/hook\"}").post("/api/v1/webhooks").then().statusCode(422)
                .body("errors[0].field", equalTo("url")).body("errors[0].message", equalTo("must use https"));
        as(ws).body("{}").post("/api/v1/webhooks").then().statusCode(422).body("errors[0].field", equalTo("url"));
        as(ws).body("{\"url\":\"" + PUBLIC_URL + "\",\"event_types\":[\"message.exploded\"]}").post("/api/v1/webhooks")
                .then().statusCode(422).body("errors[0].field", equalTo("event_types"));
        as(ws).body("{\"url\":\"" + PUBLIC_URL + "\",\"event_types\":\"message.sent\"}").post("/api/v1/webhooks")
                .then().statusCode(422).body("errors[0].field", equalTo("event_types"));
        as(ws).body("{\"url\":\"" + PUBLIC_URL + "\",\"secret\":\"whsec_mine\"}").post("/api/v1/webhooks")
                .then().statusCode(422).body("errors[0].field", equalTo("secret"));
        as(ws).body("{\"url\":\"" + PUBLIC_URL + "\",\"description\":\"" + "x".repeat(501) + "\"}").post("/api/v1/webhooks")
                .then().statusCode(422).body("errors[0].field", equalTo("description"));
        as(ws).body("[1,2]").post("/api/v1/webhooks").then().statusCode(422);
        as(ws).body("{not json").post("/api/v1/webhooks").then().statusCode(400);

        String id = as(ws).body("{\"url\":\"" + PUBLIC_URL + "\"}").post("/api/v1/webhooks").then().statusCode(201)
                .extract().path("id");
        as(ws).body("{\"url\":\"https://169.254.169.254/\",\"description\":\"changed\"}").patch("/api/v1/webhooks/" + id)
                .then().statusCode(422).body("errors[0].field", equalTo("url"));
        as(ws).body("{\"active\":\"yes\"}").patch("/api/v1/webhooks/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("active"));
        JsonPath unchanged = as(ws).get("/api/v1/webhooks/" + id).then().extract().jsonPath();
        assertThat(unchanged.getString("url")).isEqualTo(PUBLIC_URL);
        assertThat(unchanged.getString("description")).isNull();
    }

    @Test
    void rotationKeepsTheOldSecretSigningForTheOverlapAndTheDirectoryServesBoth() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "rotation");
        JsonPath created = as(ws).body("{\"url\":\"" + PUBLIC_URL + "\"}").post("/api/v1/webhooks").then().statusCode(201)
                .extract().jsonPath();
        String id = created.getString("id");
        String first = created.getString("secret");
        assertThat(directory(ws.id()).getList("data.find { it.id == '" + id + "' }.secrets")).containsExactly(first);

        JsonPath rotated = as(ws).body("{}").post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200)
                .extract().jsonPath();
        String second = rotated.getString("secret");
        assertThat(second).startsWith("whsec_").isNotEqualTo(first);
        assertThat(Duration.between(Instant.now(), Instant.parse(rotated.getString("previous_secret_expires_at"))))
                .isBetween(Duration.ofHours(23), Duration.ofHours(25));
        assertThat(directory(ws.id()).getList("data.find { it.id == '" + id + "' }.secrets")).containsExactly(second, first);

        JsonPath immediate = as(ws).body("{\"expire_previous_in_seconds\":0}").post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(200).extract().jsonPath();
        assertThat(immediate.getString("previous_secret_expires_at")).isNull();
        assertThat(directory(ws.id()).getList("data.find { it.id == '" + id + "' }.secrets")).containsExactly(immediate.getString("secret"));
        as(ws).body("{\"expire_previous_in_seconds\":864000}").post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(422).body("errors[0].field", equalTo("expire_previous_in_seconds"));
    }

    @Test
    void anotherWorkspacesEndpointIsNotFoundWhateverTheRoute() {
        TestWorkspaces.Workspace a = TestWorkspaces.create(internalSecret, "owner");
        TestWorkspaces.Workspace b = TestWorkspaces.create(internalSecret, "intruder");
        String id = as(a).body("{\"url\":\"" + PUBLIC_URL + "\"}").post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        String base = "/api/v1/webhooks/" + id;
        as(b).get(base).then().statusCode(404);
        as(b).body("{\"active\":false}").patch(base).then().statusCode(404);
        as(b).body("{}").post(base + "/rotate-secret").then().statusCode(404);
        as(b).post(base + "/test").then().statusCode(404);
        as(b).get(base + "/deliveries").then().statusCode(404);
        as(b).post(base + "/deliveries/dlv_01JDX000000000000000000000/redeliver").then().statusCode(404);
        as(b).delete(base).then().statusCode(404);
        assertThat(as(b).get("/api/v1/webhooks").then().extract().jsonPath().getList("data.id")).doesNotContain(id);
        assertThat(as(a).get(base).then().statusCode(200).extract().jsonPath().getBoolean("active")).isTrue();
        // the directory answers only the webhooks service, for the workspace its token names
        given().header(InternalToken.HEADER, token("webhooks", b.id())).get("/internal/v1/workspaces/" + a.id() + "/webhook-endpoints")
                .then().statusCode(401);
        given().header(InternalToken.HEADER, token("gateway", a.id())).get("/internal/v1/workspaces/" + a.id() + "/webhook-endpoints")
                .then().statusCode(401);
        given().get("/internal/v1/workspaces/" + a.id() + "/webhook-endpoints").then().statusCode(401);
    }

    @Test
    void scopesAreEnforced() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "scopes");
        String readOnly = as(ws).body("{\"name\":\"reader\",\"scopes\":[\"webhooks:read\"]}").post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("key");
        given().header("Authorization", "Bearer " + readOnly).contentType(ContentType.JSON).body("{\"url\":\"" + PUBLIC_URL + "\"}")
                .post("/api/v1/webhooks").then().statusCode(403).body("type", equalTo("https://postern.dev/problems/missing-scope"));
        given().header("Authorization", "Bearer " + readOnly).get("/api/v1/webhooks").then().statusCode(200);
        given().header("Authorization", "Bearer " + readOnly).get("/api/v1/events").then().statusCode(403);
    }

    @Test
    void theWebhooksServiceDisablesAnEndpointThroughTheDirectory() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "disable");
        String id = as(ws).body("{\"url\":\"" + PUBLIC_URL + "\"}").post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        String path = "/internal/v1/workspaces/" + ws.id() + "/webhook-endpoints/" + id + "/disable";
        given().header(InternalToken.HEADER, token("webhooks", ws.id())).contentType(ContentType.JSON).body("{\"reason\":\"bored\"}")
                .post(path).then().statusCode(422);
        given().header(InternalToken.HEADER, token("webhooks", ws.id())).contentType(ContentType.JSON).body("{\"reason\":\"gone\"}")
                .post(path).then().statusCode(200).body("active", equalTo(false)).body("disabled_reason", equalTo("gone"));
        given().header(InternalToken.HEADER, token("webhooks", ws.id())).contentType(ContentType.JSON).body("{\"reason\":\"gone\"}")
                .post(path).then().statusCode(200);
        JsonPath endpoint = as(ws).get("/api/v1/webhooks/" + id).then().extract().jsonPath();
        assertThat(endpoint.getBoolean("active")).isFalse();
        assertThat(endpoint.getString("disabled_reason")).isEqualTo("gone");
        assertThat(endpoint.getString("disabled_at")).isNotNull();

        JsonPath enabled = as(ws).body("{\"active\":true}").patch("/api/v1/webhooks/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(enabled.getBoolean("active")).isTrue();
        assertThat(enabled.getString("disabled_reason")).isNull();
        assertThat(directory(ws.id()).getBoolean("data[0].active")).isTrue();
    }

    @Test
    void whileTheWebhooksServiceIsDownItsRoutesAnswer503AndTheEventQueryIsCheckedFirst() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "down");
        String id = as(ws).body("{\"url\":\"" + PUBLIC_URL + "\"}").post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        for (var call : List.of(as(ws).when().post("/api/v1/webhooks/" + id + "/test"),
                as(ws).when().get("/api/v1/webhooks/" + id + "/deliveries"),
                as(ws).when().get("/api/v1/events?after=0&types=message.*"))) {
            call.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", startsWith(""))
                    .body("type", equalTo("https://postern.dev/problems/dependency-unavailable"));
        }
        as(ws).get("/api/v1/events?after=abc").then().statusCode(422).body("errors[0].field", equalTo("after"));
        as(ws).get("/api/v1/events?types=message.exploded").then().statusCode(422).body("errors[0].field", equalTo("types"));
        as(ws).get("/api/v1/events?limit=201").then().statusCode(422).body("errors[0].field", equalTo("limit"));
        as(ws).header("Last-Event-ID", "x").get("/api/v1/events/stream").then().statusCode(422)
                .body("errors[0].field", equalTo("Last-Event-ID"));
        as(ws).get("/api/v1/webhooks/" + id + "/deliveries?status=lost").then().statusCode(422).body("errors[0].field", equalTo("status"));
    }

    private RequestSpecification as(TestWorkspaces.Workspace ws) {
        return given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType(ContentType.JSON);
    }

    private JsonPath directory(String workspaceId) {
        return given().header(InternalToken.HEADER, token("webhooks", workspaceId))
                .get("/internal/v1/workspaces/" + workspaceId + "/webhook-endpoints").then().statusCode(200).extract().jsonPath();
    }

    private String token(String caller, String workspaceId) {
        return InternalToken.issue(internalSecret, caller, workspaceId, Duration.ofMinutes(1));
    }
}
