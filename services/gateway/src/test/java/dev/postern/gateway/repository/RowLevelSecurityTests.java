package dev.postern.gateway.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.gateway.TestWorkspaces;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The database depth of tenant isolation, checked as the role the service runs as. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
class RowLevelSecurityTests {

    @ConfigProperty(name = "postern.internal.secret")
    String internalSecret;
    @ConfigProperty(name = "postern.db.host")
    String host;
    @ConfigProperty(name = "postern.db.port")
    int port;
    @ConfigProperty(name = "postern.db.name")
    String db;
    @ConfigProperty(name = "postern.db.app-password")
    String appPassword;

    @Test
    void everyGatewayTableHasRowLevelSecurityAndTheAppRoleOwnsNone() throws SQLException {
        try (Connection c = app()) {
            List<String> unprotected = strings(c, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                    + "where n.nspname = 'gateway' and c.relkind = 'r' and c.relname <> 'flyway_schema_history' and not c.relrowsecurity");
            assertThat(unprotected).isEmpty();
            List<String> owned = strings(c, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                    + "where n.nspname = 'gateway' and pg_get_userbyid(c.relowner) = current_user");
            assertThat(owned).isEmpty();
            assertThat(strings(c, "select rolbypassrls::text from pg_roles where rolname = current_user")).containsExactly("false");
        }
    }

    @Test
    void withoutAWorkspaceTheAppRoleSeesNothingAndWithOneOnlyThat() throws SQLException {
        TestWorkspaces.Workspace a = TestWorkspaces.create(internalSecret, "rls-a");
        TestWorkspaces.Workspace b = TestWorkspaces.create(internalSecret, "rls-b");
        try (Connection c = app()) {
            assertThat(strings(c, "select id from workspaces")).isEmpty();
            assertThat(strings(c, "select id from api_keys")).isEmpty();
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
                set.setString(1, a.id());
                set.execute();
            }
            assertThat(strings(c, "select id from workspaces")).containsExactly(a.id());
            assertThat(strings(c, "select distinct workspace_id from api_keys")).containsExactly(a.id());
            // writing into another workspace is refused by the policy's check
            try (PreparedStatement insert = c.prepareStatement("insert into workspaces (id, name) values (?, 'intruder')")) {
                insert.setString(1, b.id() + "x");
                org.assertj.core.api.Assertions.assertThatThrownBy(insert::execute).isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security");
            }
            c.rollback();
        }
    }

    @Test
    void keysAreStoredOnlyAsHashes() throws SQLException {
        TestWorkspaces.Workspace a = TestWorkspaces.create(internalSecret, "hashes");
        try (Connection c = app()) {
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
                set.setString(1, a.id());
                set.execute();
            }
            List<String> rows = strings(c, "select concat_ws('|', id, name, prefix, key_hash, mode, scopes) from api_keys");
            assertThat(rows).hasSize(2).noneMatch(r -> r.contains(a.liveKey()) || r.contains(a.testKey()));
            assertThat(strings(c, "select key_hash from api_keys")).contains(dev.postern.auth.ApiKeyFormat.sha256Hex(a.liveKey()));
            c.rollback();
        }
    }

    private Connection app() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + db, "gateway_app", appPassword);
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
