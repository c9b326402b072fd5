package dev.postern.gateway;

import static io.restassured.RestAssured.given;

import dev.postern.auth.InternalToken;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;

/** Creates workspaces through the platform route, as the CLI does. */
public final class TestWorkspaces {

    /** A workspace and its two first keys. */
    public record Workspace(String id, String liveKey, String testKey) {
    }

    private TestWorkspaces() {
    }

    public static Workspace create(String internalSecret, String name) {
        JsonPath body = given()
                .header(InternalToken.HEADER, InternalToken.issue(internalSecret, "tests", InternalToken.ANY_WORKSPACE, Duration.ofMinutes(1)))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\"}")
                .post("/internal/v1/workspaces")
                .then().statusCode(201)
                .extract().jsonPath();
        return new Workspace(body.getString("workspace.id"),
                body.getString("api_keys.find { it.mode == 'live' }.key"),
                body.getString("api_keys.find { it.mode == 'test' }.key"));
    }

    public static String bearer(String key) {
        return "Bearer " + key;
    }
}
