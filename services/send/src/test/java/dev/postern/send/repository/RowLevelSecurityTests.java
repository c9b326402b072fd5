package dev.postern.send.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.postern.send.Internal;
import dev.postern.send.MailSinkResource;
import dev.postern.send.SendRequests;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The database depth of tenant isolation, checked as the role the service runs as (send_app). */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "send"))
@WithTestResource(MailSinkResource.class)
class RowLevelSecurityTests {

    private static final List<String> TABLES = List.of("messages", "message_recipients", "message_history", "suppressions",
            "processed_events", "outbox");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "postern.db.host")
    String host;
    @ConfigProperty(name = "postern.db.port")
    int port;
    @ConfigProperty(name = "postern.db.name")
    String db;
    @ConfigProperty(name = "postern.db.app-password")
    String appPassword;

    @Test
    void everyTableHasRowLevelSecurityAndTheAppRoleOwnsNone() throws SQLException {
        try (Connection c = app()) {
            assertThat(strings(c, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                    + "where n.nspname = 'send' and c.relkind = 'r' and c.relname <> 'flyway_schema_history' and c.relrowsecurity"))
                    .containsExactlyInAnyOrderElementsOf(TABLES);
            assertThat(strings(c, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                    + "where n.nspname = 'send' and c.relkind = 'r' and c.relname <> 'flyway_schema_history' and not c.relrowsecurity"))
                    .isEmpty();
            assertThat(strings(c, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                    + "where n.nspname = 'send' and pg_get_userbyid(c.relowner) = current_user")).isEmpty();
            assertThat(strings(c, "select rolbypassrls::text from pg_roles where rolname = current_user")).containsExactly("false");
        }
    }

    @Test
    void eachWorkspaceSeesOnlyItsOwnRowsInEveryTable() throws SQLException {
        String a = SendRequests.workspace();
        String b = SendRequests.workspace();
        for (String ws : List.of(a, b)) {
            String id = SendRequests.messageId();
            SendRequests.publish(bootstrap, SendRequests.event(ws, SendRequests.simple(id, List.of("rls@example.com"))));
            Internal.as(ws).contentType(ContentType.JSON).body("{\"address\":\"rls-" + ws.toLowerCase() + "@example.com\"}")
                    .post("/internal/v1/workspaces/{ws}/suppressions", ws).then().statusCode(201);
            await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, id).equals("delivered"));
        }
        try (Connection c = app()) {
            for (String table : TABLES) {
                assertThat(strings(c, "select workspace_id from " + table)).as(table + " without a workspace").isEmpty();
            }
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
                set.setString(1, a);
                set.execute();
            }
            for (String table : List.of("messages", "message_recipients", "message_history", "suppressions", "processed_events")) {
                assertThat(strings(c, "select distinct workspace_id from " + table)).as(table).containsExactly(a);
            }
            assertThat(strings(c, "select distinct workspace_id from outbox")).as("outbox").isSubsetOf(a);
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into suppressions (workspace_id, address, reason) values (?, 'intruder@example.com', 'manual')")) {
                insert.setString(1, b);
                assertThatThrownBy(insert::execute).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            }
            c.rollback();
        }
    }

    private Connection app() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "send_app");
        props.setProperty("password", appPassword);
        Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://" + host + ":" + port + "/" + db, props);
        try (var s = c.createStatement()) {
            s.execute("set search_path = send");
        }
        return c;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
