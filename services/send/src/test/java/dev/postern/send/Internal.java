package dev.postern.send;

import static io.restassured.RestAssured.given;

import dev.postern.auth.InternalToken;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/** Calls to the internal API as the gateway makes them: a token bound to the one workspace. */
public final class Internal {

    private Internal() {
    }

    public static String token(String workspaceId) {
        String secret = ConfigProvider.getConfig().getValue("postern.internal.secret", String.class);
        return InternalToken.issue(secret, "gateway", workspaceId, Duration.ofMinutes(5));
    }

    public static RequestSpecification as(String workspaceId) {
        return given().header(InternalToken.HEADER, token(workspaceId));
    }

    public static String status(String workspaceId, String messageId) {
        var response = as(workspaceId).get("/internal/v1/workspaces/{ws}/messages/{id}", workspaceId, messageId);
        return response.statusCode() == 200 ? response.jsonPath().getString("status") : "http-" + response.statusCode();
    }
}
