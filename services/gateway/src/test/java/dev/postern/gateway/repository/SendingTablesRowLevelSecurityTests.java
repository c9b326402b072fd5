package dev.postern.gateway.repository;

import static dev.postern.gateway.support.SendingApi.as;
import static dev.postern.gateway.support.SendingApi.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postern.gateway.TestWorkspaces;
import dev.postern.gateway.support.SendStandInResource;
import dev.postern.gateway.support.SendingApi;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The database depth of isolation for agents, idempotency records and accepted messages, as gateway_app. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(SendStandInResource.class)
class SendingTablesRowLevelSecurityTests {

    private static final List<String> TABLES = List.of("agents", "idempotency_keys", "accepted_messages");

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;
    @ConfigProperty(name = "postern.db.host")
    String host;
    @ConfigProperty(name = "postern.db.port")
    int port;
    @ConfigProperty(name = "postern.db.app-password")
    String appPassword;

    @Test
    void eachWorkspaceSeesOnlyItsOwnRowsAndNoneWithoutAWorkspace() throws SQLException {
        TestWorkspaces.Workspace a = seeded("rls-send-a");
        TestWorkspaces.Workspace b = seeded("rls-send-b");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postern", "gateway_app", appPassword)) {
            for (String table : TABLES) {
                assertThat(strings(c, "select workspace_id from gateway." + table)).as(table + " without a workspace").isEmpty();
            }
            assertThat(strings(c, "select relname from pg_class where relname in ('agents','idempotency_keys','accepted_messages') "
                    + "and relnamespace = 'gateway'::regnamespace and relrowsecurity")).hasSize(3);
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
                set.setString(1, a.id());
                set.execute();
            }
            for (String table : TABLES) {
                assertThat(strings(c, "select distinct workspace_id from gateway." + table)).as(table).containsExactly(a.id());
            }
            try (PreparedStatement insert = c.prepareStatement("insert into gateway.agents (id, workspace_id, name, address, status) "
                    + "values (?, ?, 'intruder', ?, 'active')")) {
                insert.setString(1, "agt_" + UUID.randomUUID());
                insert.setString(2, b.id());
                insert.setString(3, "intruder-" + UUID.randomUUID() + "@agents.postern.test");
                assertThatThrownBy(insert::execute).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            }
            c.rollback();
        }
    }

    private TestWorkspaces.Workspace seeded(String name) {
        TestWorkspaces.Workspace ws = TestWorkspaces.create(internalSecret, name);
        String agent = SendingApi.agent(ws.liveKey(), name + "-" + ws.id().substring(ws.id().length() - 6).toLowerCase());
        as(ws.liveKey()).header("Idempotency-Key", UUID.randomUUID().toString()).body(message(agent, "ada@example.com", "rls"))
                .post("/api/v1/messages").then().statusCode(202);
        return ws;
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
