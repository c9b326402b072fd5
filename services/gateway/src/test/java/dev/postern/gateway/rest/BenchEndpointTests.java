package dev.postern.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.postern.gateway.support.SendStandInResource;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The benchmark's bare endpoint exists only in a local deployment (postern.mode=local); tests run as production. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(SendStandInResource.class)
class BenchEndpointTests {

    @Test
    void theBareEndpointIsAbsentOutsideLocalMode() {
        given().contentType("application/json").body("{}").post("/bench/noop").then().statusCode(404)
                .body("type", equalTo(Problem.TYPE_BASE + "not-found"));
    }
}
