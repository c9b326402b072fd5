package dev.postern.webhooks.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.auth.WebhookSignature;
import dev.postern.events.EventIds;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** A test's handle on {@link ServiceStubsResource}: what the gateway would say about a workspace's endpoints. */
public final class GatewayStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An endpoint as registered at the (stub) gateway, with its secrets (current first). */
    public record Endpoint(String id, String url, List<String> eventTypes, boolean active, List<String> secrets) {
        public static Endpoint to(String url, String... eventTypes) {
            return new Endpoint("whe_" + EventIds.ulid(Instant.now()), url, List.of(eventTypes), true,
                    List.of(WebhookSignature.newSecret()));
        }

        public Endpoint withSecrets(String... secrets) {
            return new Endpoint(id, url, eventTypes, active, List.of(secrets));
        }

        public String secret() {
            return secrets.get(0);
        }
    }

    private GatewayStub() {
    }

    public static void endpoints(String workspaceId, Endpoint... endpoints) {
        ArrayNode list = JSON.createArrayNode();
        for (Endpoint e : endpoints) {
            ObjectNode n = list.addObject().put("id", e.id()).put("url", e.url()).put("active", e.active())
                    .put("updated_at", "2026-01-01T00:00:00Z");
            e.eventTypes().forEach(n.putArray("event_types")::add);
            if (e.eventTypes().isEmpty()) {
                n.putArray("event_types");
            }
            e.secrets().forEach(n.putArray("secrets")::add);
        }
        given().contentType(ContentType.JSON).body(list.toString()).put(base() + "/stub/workspaces/" + workspaceId + "/endpoints")
                .then().statusCode(204);
    }

    public static void failing(String workspaceId, boolean failing) {
        given().contentType(ContentType.JSON).body(Boolean.toString(failing))
                .put(base() + "/stub/workspaces/" + workspaceId + "/failing").then().statusCode(204);
    }

    /** What the inbound-scanner answers for {@code GET …/inbound/{inboundId}} of this workspace. */
    public static void inboundMessage(String workspaceId, String inboundId, String detailJson) {
        given().contentType(ContentType.JSON).body(detailJson).put(base() + "/stub/workspaces/" + workspaceId + "/inbound/" + inboundId)
                .then().statusCode(204);
    }

    /** The disable calls the service made for the workspace: [{endpoint_id, reason}]. */
    public static JsonPath disabled(String workspaceId) {
        return given().get(base() + "/stub/workspaces/" + workspaceId + "/disabled").then().statusCode(200).extract().jsonPath();
    }

    private static String base() {
        return ConfigProvider.getConfig().getValue("postern.gateway.url", String.class);
    }
}
