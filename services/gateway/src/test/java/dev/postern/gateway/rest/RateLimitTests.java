package dev.postern.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.postern.gateway.TestWorkspaces;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A key over its rate gets a 429 problem with Retry-After; every answer carries RateLimit headers; keys do not share. */
@QuarkusTest
@TestProfile(RateLimitTests.Tight.class)
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
class RateLimitTests {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("postern.rate-limit.per-second", "0.05", "postern.rate-limit.burst", "3");
        }
    }

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;

    @Test
    void aKeyOverItsRateIsRefusedWithRetryAfterAndAnotherKeyIsNot() {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "rate-limit");
        String live = TestWorkspaces.bearer(ws.liveKey());
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().header("Authorization", live).get("/api/v1/me").then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", Integer.toString(remaining))
                    .header("RateLimit-Reset", notNullValue());
        }
        given().header("Authorization", live).get("/api/v1/me").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "20")
                .header("RateLimit-Remaining", "0")
                .body("type", equalTo(Problem.TYPE_BASE + "rate-limited"))
                .body("status", equalTo(429));
        given().header("Authorization", TestWorkspaces.bearer(ws.testKey())).get("/api/v1/me").then().statusCode(200)
                .header("RateLimit-Remaining", "2");
        // a request without a valid key is not counted against anyone and carries no RateLimit headers
        given().header("Authorization", "Bearer pstn_live_bogus").get("/api/v1/me").then().statusCode(401)
                .header("RateLimit-Limit", (String) null);
    }
}
