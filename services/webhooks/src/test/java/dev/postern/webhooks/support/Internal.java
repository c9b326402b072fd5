package dev.postern.webhooks.support;

import static io.restassured.RestAssured.given;

import dev.postern.auth.InternalToken;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/** Calls this service's internal API as the gateway does, with a token bound to one workspace. */
public final class Internal {

    private Internal() {
    }

    public static RequestSpecification as(String workspaceId) {
        String secret = ConfigProvider.getConfig().getValue("postern.internal.secret", String.class);
        return given().header(InternalToken.HEADER, InternalToken.issue(secret, "gateway", workspaceId, Duration.ofMinutes(1)));
    }

    public static JsonPath events(String workspaceId, String query) {
        return as(workspaceId).get("/internal/v1/workspaces/" + workspaceId + "/events" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath deliveries(String workspaceId, String endpointId) {
        return as(workspaceId).get("/internal/v1/workspaces/" + workspaceId + "/endpoints/" + endpointId + "/deliveries?limit=100")
                .then().statusCode(200).extract().jsonPath();
    }
}
