package dev.postern.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.postern.auth.UnsubscribeToken;
import dev.postern.gateway.TestWorkspaces;
import dev.postern.gateway.support.SendStandInResource;
import dev.postern.gateway.support.SendingApi;
import dev.postern.gateway.support.StandInControl;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 8058 one-click unsubscribe: public, verified by its token, recorded as a suppression by send. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(SendStandInResource.class)
class UnsubscribeTests {

    private static final String MESSAGE = "msg_01JDX000000000000000000MSG";

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;
    @ConfigProperty(name = "postern.send.url")
    String sendUrl;

    TestWorkspaces.Workspace ws;

    @BeforeEach
    void workspace() {
        ws = TestWorkspaces.create(internalSecret, "unsubscribe");
    }

    @Test
    void getOnlyAsksAndPostUnsubscribesTheRecipientInItsWorkspace() {
        String token = UnsubscribeToken.issue(internalSecret, ws.id(), MESSAGE, "reader@example.com");
        given().get("/unsubscribe/" + token).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("r***@example.com")).body(containsString("<form method=\"post\""))
                .body(not(containsString("reader@example.com")));
        StandInControl standIn = new StandInControl(sendUrl);
        assertThat(standIn.callsFor(ws.id())).as("a GET never unsubscribes").isEmpty();

        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post("/unsubscribe/" + token).then().statusCode(200).body(containsString("no more mail"));
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post("/unsubscribe/" + token).then().statusCode(200);
        assertThat(standIn.callsFor(ws.id())).hasSize(2).allSatisfy(c -> assertThat(c)
                .startsWith("POST /internal/v1/workspaces/" + ws.id() + "/suppressions ")
                .doesNotContain("[bad-token]")
                .contains("\"reason\":\"unsubscribe\"").contains("\"address\":\"reader@example.com\"")
                .contains("\"source_message_id\":\"" + MESSAGE + "\""));

        SendingApi.as(ws.liveKey()).get("/api/v1/suppressions/reader@example.com").then().statusCode(200)
                .body(containsString("unsubscribe"));
    }

    @Test
    void aForgedOrForeignTokenIsRefusedAndReachesNothing() {
        String forged = UnsubscribeToken.issue("some-other-secret", ws.id(), MESSAGE, "reader@example.com");
        given().get("/unsubscribe/" + forged).then().statusCode(404).body(containsString("not valid"));
        given().post("/unsubscribe/" + forged).then().statusCode(404);
        given().post("/unsubscribe/garbage").then().statusCode(404);
        assertThat(new StandInControl(sendUrl).callsFor(ws.id())).isEmpty();
    }
}
