package dev.postern.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;

/** Steers the {@link SendStandIn} the gateway under test talks to (its base URL is {@code postern.send.url}). */
public record StandInControl(String url) {

    /** Makes the stand-in know a message, as send would once it consumed the request. */
    public void putMessage(String workspaceId, String messageId, String json) {
        given().baseUri(url).contentType(ContentType.JSON).body(json)
                .put(SendStandIn.CONTROL + "/workspaces/" + workspaceId + "/messages/" + messageId)
                .then().statusCode(204);
    }

    /** Every internal call so far: {@code METHOD path?query[ bad-token][ body]}. */
    public List<String> calls() {
        return given().baseUri(url).get(SendStandIn.CONTROL + "/calls").then().statusCode(200).extract().jsonPath().getList("$");
    }

    public List<String> callsFor(String workspaceId) {
        return calls().stream().filter(c -> c.contains("/workspaces/" + workspaceId + "/")).toList();
    }

    /** While on, every internal call answers 500, as a broken send would. */
    public void failing(boolean on) {
        given().baseUri(url).post(SendStandIn.CONTROL + "/fail?on=" + on).then().statusCode(204);
    }
}
