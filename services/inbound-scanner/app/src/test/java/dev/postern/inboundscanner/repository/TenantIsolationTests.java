package dev.postern.inboundscanner.repository;

import static dev.postern.inboundscanner.InboundTestSupport.address;
import static dev.postern.inboundscanner.InboundTestSupport.agentId;
import static dev.postern.inboundscanner.InboundTestSupport.api;
import static dev.postern.inboundscanner.InboundTestSupport.createAgent;
import static dev.postern.inboundscanner.InboundTestSupport.processed;
import static dev.postern.inboundscanner.InboundTestSupport.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.auth.InternalToken;
import dev.postern.inboundscanner.SmtpDialogue;
import dev.postern.testing.PosternInfra;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Tenant isolation at the route (tokens bound to one workspace), the service (scoped queries) and the database (RLS). */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = {
        @ResourceArg(name = "service", value = "inbound_scanner"), @ResourceArg(name = "s3", value = "true")})
class TenantIsolationTests {

    @Test
    void everyTableHasRowLevelSecurityAndTheServiceRoleOwnsNone() throws SQLException {
        try (Connection c = connect(PosternInfra.get().superuserJdbcUrl().replace("/postgres", "/postern"), "postgres",
                PosternInfra.get().superuserPassword());
             PreparedStatement s = c.prepareStatement("select c.relname, c.relrowsecurity, pg_get_userbyid(c.relowner) from pg_class c"
                     + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'inbound_scanner' and c.relkind = 'r'"
                     + " and c.relname <> 'flyway_schema_history'")) {
            ResultSet rs = s.executeQuery();
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
                assertThat(rs.getBoolean(2)).as("row level security on " + rs.getString(1)).isTrue();
                assertThat(rs.getString(3)).as("owner of " + rs.getString(1)).isEqualTo("inbound_scanner");
            }
            assertThat(tables).contains("inbound_messages", "inbound_jobs", "directory_agents", "sent_messages", "blocked_senders",
                    "processed_events", "outbox");
        }
    }

    @Test
    void anotherWorkspaceSeesNothingAtTheRouteOrInTheDatabase() throws SQLException {
        String a = workspace();
        String b = workspace();
        String toA = address("alpha");
        createAgent(a, agentId(), toA);
        SmtpDialogue.send("x@sender.example", toA, "Subject: private to A\r\n\r\nOnly A may read this.\r\n");
        String id = dev.postern.inboundscanner.InboundTestSupport.awaitList(a, 1).get("data").get(0).get("id").asText();
        processed(a, id);

        api(b).get("/inbound/" + id).then().statusCode(404);
        api(b).post("/quarantine/" + id + "/release").then().statusCode(404);
        assertThat(api(b).get("/inbound").then().statusCode(200).extract().asString()).doesNotContain(id);
        assertThat(api(b).get("/threads").then().statusCode(200).extract().asString()).doesNotContain("private to A");
        // B's token on A's path
        String secret = ConfigProvider.getConfig().getValue("postern.internal.secret", String.class);
        RestAssured.given().header(InternalToken.HEADER, InternalToken.issue(secret, "gateway", b, Duration.ofMinutes(1)))
                .get("/internal/v1/workspaces/" + a + "/inbound/" + id).then().statusCode(401);
        RestAssured.given().get("/internal/v1/workspaces/" + a + "/inbound").then().statusCode(401);

        String appUrl = PosternInfra.get().superuserJdbcUrl().replace("/postgres", "/postern");
        try (Connection c = connect(appUrl, "inbound_scanner_app", ConfigProvider.getConfig().getValue("postern.db.app-password", String.class))) {
            c.setAutoCommit(false);
            for (String table : List.of("inbound_messages", "inbound_jobs", "directory_agents", "sent_messages", "blocked_senders",
                    "processed_events", "outbox")) {
                assertThat(count(c, null, table)).as(table + " without a workspace").isZero();
            }
            assertThat(count(c, b, "inbound_messages")).isZero();
            assertThat(count(c, b, "directory_agents")).isZero();
            assertThat(count(c, a, "inbound_messages")).isEqualTo(1);
            c.rollback();
        }
    }

    private static long count(Connection c, String ws, String table) throws SQLException {
        try (PreparedStatement set = c.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
            set.setString(1, ws == null ? "" : ws);
            set.execute();
        }
        try (PreparedStatement s = c.prepareStatement("select count(*) from inbound_scanner." + table)) {
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            p.setProperty("password", password);
        }
        return new org.postgresql.Driver().connect(url, p);
    }
}
