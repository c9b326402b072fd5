package dev.postern.gateway.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.auth.InternalToken;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import dev.postern.events.Topics;
import dev.postern.events.payload.WebhookEndpointChangedV1;
import dev.postern.gateway.TestWorkspaces;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Endpoint changes leave the gateway as events through the outbox, and the secret never leaves with them. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
class WebhookEndpointEventsTests {

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "postern.db.host")
    String dbHost;
    @ConfigProperty(name = "postern.db.port")
    int dbPort;
    @ConfigProperty(name = "postern.db.app-password")
    String appPassword;

    @Test
    void everyChangeIsOneEventWithMetadataOnlyAndTheSecretIsStoredEncrypted() throws Exception {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, "endpoint-events");
        String url = "https://8.8.8.8/in?token=customer-own-token";
        var created = given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType(ContentType.JSON)
                .body("{\"url\":\"" + url + "\",\"event_types\":[\"message.*\"]}").post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");
        String rotated = given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200).extract().path("secret");
        given().header(InternalToken.HEADER, InternalToken.issue(internalSecret, "webhooks", ws.id(), Duration.ofMinutes(1)))
                .contentType(ContentType.JSON).body("{\"reason\":\"failing\"}")
                .post("/internal/v1/workspaces/" + ws.id() + "/webhook-endpoints/" + id + "/disable").then().statusCode(200);
        given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).delete("/api/v1/webhooks/" + id).then().statusCode(204);

        List<ConsumerRecord<String, String>> records = dev.postern.gateway.support.TopicRecords.matching(bootstrap, Topics.WORKSPACE,
                r -> r.value().contains(id), 4);
        assertThat(records).hasSize(4).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(ws.id());
            assertThat(r.value()).doesNotContain(secret).doesNotContain(rotated).doesNotContain("whsec_")
                    .doesNotContain("customer-own-token");
        });
        List<EventEnvelope> events = records.stream().map(r -> EventJson.read(r.value())).toList();
        assertThat(events).extracting(EventEnvelope::type).containsExactly("webhook_endpoint.created", "webhook_endpoint.updated",
                "webhook_endpoint.disabled", "webhook_endpoint.deleted");
        WebhookEndpointChangedV1 first = events.get(0).dataAs(WebhookEndpointChangedV1.class);
        assertThat(first.url()).isEqualTo("https://8.8.8.8/in");
        assertThat(first.eventTypes()).containsExactly("message.*");
        assertThat(events.get(1).dataAs(WebhookEndpointChangedV1.class).changed()).containsExactly("secret");
        assertThat(events.get(2).dataAs(WebhookEndpointChangedV1.class).reason()).isEqualTo("failing");
        assertThat(events.get(2).actor().id()).isEqualTo("webhooks");
        assertThat(events.get(0).actor().keyPrefix()).isEqualTo(ws.liveKey().substring(0, "pstn_live_".length() + 8));

        // the row of a live endpoint holds ciphertext only
        String other = given().header("Authorization", TestWorkspaces.bearer(ws.liveKey())).contentType(ContentType.JSON)
                .body("{\"url\":\"https://8.8.4.4/x\"}").post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
        Properties p = new Properties();
        p.setProperty("user", "gateway_app");
        p.setProperty("password", appPassword);
        try (Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://" + dbHost + ":" + dbPort + "/postern", p)) {
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
                set.setString(1, ws.id());
                set.execute();
            }
            List<String> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select concat_ws('|', id, url, secret_ciphertext, previous_secret_ciphertext) "
                    + "from webhook_endpoints"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0)).contains("|v1.").doesNotContain(other).doesNotContain(other.substring("whsec_".length()));
            c.rollback();
        }
    }
}
