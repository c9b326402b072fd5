package dev.postern.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.postern.auth.ApiKeyFormat;
import dev.postern.auth.InternalToken;
import dev.postern.auth.KeyMode;
import dev.postern.gateway.TestWorkspaces;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
class ApiKeyAuthTests {

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;

    private TestWorkspaces.Workspace ws;

    @BeforeEach
    void workspace() {
        ws = TestWorkspaces.create(internalSecret, "auth-tests");
    }

    @Test
    void meAnswersTheWorkspaceOfTheKey() {
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey()))
                .get("/api/v1/me")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("req_[0-9A-Z]{26}"))
                .body("workspace.id", equalTo(ws.id()))
                .body("workspace.name", equalTo("auth-tests"))
                .body("api_key.mode", equalTo("live"))
                .body("api_key.prefix", equalTo(ws.liveKey().substring(0, "pstn_live_".length() + 8)))
                .body("api_key.scopes", hasItem("*"));
        given().header("Authorization", TestWorkspaces.bearer(ws.testKey()))
                .get("/api/v1/me")
                .then().statusCode(200).body("api_key.mode", equalTo("test")).body("workspace.id", equalTo(ws.id()));
    }

    @Test
    void everyKindOfBadCredentialIsA401ProblemWithAStableType() {
        String wellFormedButUnknown = ApiKeyFormat.generate(KeyMode.LIVE).value();
        String typo = ws.liveKey().substring(0, ws.liveKey().length() - 1) + (ws.liveKey().endsWith("A") ? "B" : "A");
        assertUnauthorized(null, "missing-credentials");
        assertUnauthorized("Basic dXNlcjpwYXNz", "missing-credentials");
        assertUnauthorized("Bearer not-a-key", "malformed-api-key");
        assertUnauthorized("Bearer " + typo, "malformed-api-key");
        assertUnauthorized("Bearer " + wellFormedButUnknown, "invalid-api-key");
    }

    @Test
    void revocationTakesEffectOnTheNextRequest() {
        Response created = createKey(ws.liveKey(), "{\"name\":\"short-lived\"}");
        String key = created.jsonPath().getString("key");
        String id = created.jsonPath().getString("id");
        given().header("Authorization", TestWorkspaces.bearer(key)).get("/api/v1/me").then().statusCode(200);

        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey()))
                .delete("/api/v1/api-keys/" + id)
                .then().statusCode(200).body("revoked_at", notNullValue()).body("key", nullValue());

        assertUnauthorizedWith(key, "revoked-api-key");
    }

    @Test
    void anExpiredKeyIsRefused() {
        String expiresAt = Instant.now().plusSeconds(2).toString();
        String key = createKey(ws.liveKey(), "{\"name\":\"expiring\",\"expires_at\":\"" + expiresAt + "\"}").jsonPath().getString("key");
        given().header("Authorization", TestWorkspaces.bearer(key)).get("/api/v1/me").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().header("Authorization", TestWorkspaces.bearer(key)).get("/api/v1/me").then().statusCode(401)
                        .body("type", equalTo("https://postern.dev/problems/expired-api-key")));
    }

    @Test
    void aKeyWithoutTheScopeGets403() {
        String logsOnly = createKey(ws.liveKey(), "{\"name\":\"logs\",\"scopes\":[\"logs:read\"]}").jsonPath().getString("key");
        given().header("Authorization", TestWorkspaces.bearer(logsOnly))
                .get("/api/v1/api-keys")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://postern.dev/problems/missing-scope"))
                .body("detail", containsString("api_keys:read"));
        // and it cannot mint itself a broader key
        given().header("Authorization", TestWorkspaces.bearer(logsOnly)).contentType(ContentType.JSON)
                .body("{\"name\":\"escalate\",\"scopes\":[\"*\"]}")
                .post("/api/v1/api-keys")
                .then().statusCode(403);
    }

    @Test
    void keysAreShownOnceAndListedWithoutTheSecret() {
        Response created = createKey(ws.liveKey(), "{\"name\":\"ci\",\"scopes\":[\"logs:read\",\"api_keys:read\"]}");
        String secret = created.jsonPath().getString("key");
        assertThat(ApiKeyFormat.parse(secret).key()).isPresent();
        String body = given().header("Authorization", TestWorkspaces.bearer(ws.liveKey()))
                .get("/api/v1/api-keys?limit=100")
                .then().statusCode(200)
                .body("data.name", hasItem("ci"))
                .extract().asString();
        assertThat(body).doesNotContain(secret).doesNotContain(ApiKeyFormat.sha256Hex(secret));
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey()))
                .get("/api/v1/api-keys/" + created.jsonPath().getString("id"))
                .then().statusCode(200).body("key", nullValue()).body("scopes", hasItem("logs:read"));
    }

    @Test
    void listsPageWithACursor() {
        for (int i = 0; i < 3; i++) {
            createKey(ws.liveKey(), "{\"name\":\"page-" + i + "\"}");
        }
        Response first = given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).get("/api/v1/api-keys?limit=2");
        first.then().statusCode(200).body("data.size()", equalTo(2)).body("has_more", equalTo(true));
        String cursor = first.jsonPath().getString("next_cursor");
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).get("/api/v1/api-keys?limit=2&cursor=" + cursor)
                .then().statusCode(200).body("data.size()", equalTo(2));
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).get("/api/v1/api-keys?cursor=bogus")
                .then().statusCode(422).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void rotationIssuesASuccessorAndKeepsTheOldKeyForTheOverlap() {
        Response created = createKey(ws.liveKey(), "{\"name\":\"rotating\"}");
        String old = created.jsonPath().getString("key");
        Response rotated = given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType(ContentType.JSON)
                .body("{\"expire_previous_in_seconds\":600}")
                .post("/api/v1/api-keys/" + created.jsonPath().getString("id") + "/rotate");
        rotated.then().statusCode(201).body("name", equalTo("rotating"));
        given().header("Authorization", TestWorkspaces.bearer(rotated.jsonPath().getString("key"))).get("/api/v1/me").then().statusCode(200);
        given().header("Authorization", TestWorkspaces.bearer(old)).get("/api/v1/me").then().statusCode(200);
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).get("/api/v1/api-keys/" + created.jsonPath().getString("id"))
                .then().body("expires_at", notNullValue());
    }

    @Test
    void invalidBodiesNameTheField() {
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType(ContentType.JSON)
                .body("{\"scopes\":[\"nonsense\"]}")
                .post("/api/v1/api-keys")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://postern.dev/problems/validation-failed"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("scopes"));
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/api/v1/api-keys")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anotherWorkspacesKeyIsNotFound() {
        TestWorkspaces.Workspace other = TestWorkspaces.create(internalSecret, "other");
        String theirs = createKey(other.liveKey(), "{\"name\":\"theirs\"}").jsonPath().getString("id");
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).get("/api/v1/api-keys/" + theirs)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).delete("/api/v1/api-keys/" + theirs)
                .then().statusCode(404);
        given().header("Authorization", TestWorkspaces.bearer(other.liveKey())).get("/api/v1/api-keys/" + theirs)
                .then().statusCode(200).body("revoked_at", nullValue());
    }

    @Test
    void unknownRoutesAreProblemsWithARequestId() {
        given().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void thePlatformRouteRefusesAWorkspaceToken() {
        given().header(InternalToken.HEADER, InternalToken.issue(internalSecret, "tests", ws.id(), Duration.ofMinutes(1)))
                .contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .post("/internal/v1/workspaces")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .post("/internal/v1/workspaces")
                .then().statusCode(401);
    }

    private static Response createKey(String withKey, String body) {
        Response r = given().header("Authorization", TestWorkspaces.bearer(withKey)).contentType(ContentType.JSON)
                .body(body).post("/api/v1/api-keys");
        r.then().statusCode(201);
        return r;
    }

    private static void assertUnauthorized(String authorization, String type) {
        var request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("https://postern.dev/problems/" + type))
                .body("status", equalTo(401))
                .body("request_id", notNullValue());
    }

    private static void assertUnauthorizedWith(String key, String type) {
        assertUnauthorized("Bearer " + key, type);
    }
}
