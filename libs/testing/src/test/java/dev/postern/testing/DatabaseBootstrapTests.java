package dev.postern.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs against the JVM's shared server, in a database of its own. */
class DatabaseBootstrapTests {

    private static final String DATABASE = "bootstrap_tests";
    private static final String SERVICE = "ledger";
    private static final String APP = "ledger_app";
    private static final String OWNER_PASSWORD = "owner-secret";
    private static final String FIRST_APP_PASSWORD = "app-secret-1";
    private static final String APP_PASSWORD = "app-secret-2";

    private static PosternInfra infra;

    @BeforeAll
    static void bootstrapTwiceWithARotatedAppPassword() throws SQLException {
        infra = PosternInfra.get();
        bootstrap(FIRST_APP_PASSWORD);
        bootstrap(APP_PASSWORD);
        try (Connection owner = connect(SERVICE, OWNER_PASSWORD); Statement sql = owner.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS notes (workspace_id text NOT NULL, body text NOT NULL)");
            sql.execute("ALTER TABLE notes ENABLE ROW LEVEL SECURITY");
            sql.execute("DROP POLICY IF EXISTS workspace_isolation ON notes");
            sql.execute("CREATE POLICY workspace_isolation ON notes"
                    + " USING (workspace_id = current_setting('postern.workspace_id', true))");
            sql.execute("TRUNCATE notes");
            sql.execute("INSERT INTO notes VALUES ('ws-a', 'for a'), ('ws-b', 'for b'), ('ws-canary', 'never seen')");
        }
        // Again, now that objects exist in the schema: must neither fail nor undo anything.
        bootstrap(APP_PASSWORD);
    }

    @Test
    void theAppRoleSeesOnlyTheRowsOfItsWorkspace() throws SQLException {
        try (Connection app = connect(APP, APP_PASSWORD); Statement sql = app.createStatement()) {
            sql.execute("SET postern.workspace_id = 'ws-a'");
            assertThat(column(sql, "SELECT body FROM notes")).containsExactly("for a");
            assertThat(column(sql, "SELECT current_user")).containsExactly(APP);
        }
    }

    @Test
    void theAppRoleCannotWriteIntoAnotherWorkspace() throws SQLException {
        try (Connection app = connect(APP, APP_PASSWORD); Statement sql = app.createStatement()) {
            sql.execute("SET postern.workspace_id = 'ws-a'");
            assertThatThrownBy(() -> sql.execute("INSERT INTO notes VALUES ('ws-b', 'smuggled')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void theAppRoleCanNeitherBypassRowLevelSecurityNorChangeTheSchema() throws SQLException {
        try (Connection superuser = connect(infra.superuser(), infra.superuserPassword());
             Statement sql = superuser.createStatement()) {
            assertThat(column(sql, "SELECT rolname || ' ' || rolbypassrls || ' ' || rolsuper || ' ' || rolcreaterole"
                    + " || ' ' || rolcreatedb FROM pg_roles WHERE rolname IN ('" + SERVICE + "', '" + APP + "')"
                    + " ORDER BY rolname"))
                    .containsExactly("ledger false false false false", "ledger_app false false false false");
            assertThat(column(sql, "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = '" + SERVICE + "'"))
                    .containsExactly(SERVICE);
        }
        try (Connection app = connect(APP, APP_PASSWORD); Statement sql = app.createStatement()) {
            assertThat(column(sql, "SHOW search_path")).containsExactly(SERVICE);
            assertThatThrownBy(() -> sql.execute("CREATE TABLE ledger.sneaky (id int)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("CREATE TABLE public.sneaky (id int)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("ALTER TABLE notes DISABLE ROW LEVEL SECURITY"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
        }
    }

    @Test
    void aRotatedPasswordReplacesTheOldOne() {
        assertThatThrownBy(() -> connect(APP, FIRST_APP_PASSWORD))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void onlyServiceRolesMayConnectToTheDatabase() throws SQLException {
        try (Connection superuser = connect(infra.superuser(), infra.superuserPassword());
             Statement sql = superuser.createStatement()) {
            sql.execute("DROP ROLE IF EXISTS bystander");
            sql.execute("CREATE ROLE bystander LOGIN PASSWORD 'bystander'");
        }
        assertThatThrownBy(() -> connect("bystander", "bystander"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied for database");
    }

    @Test
    void namesThatWouldNeedQuotingAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseBootstrap.bootstrap(
                infra.superuserJdbcUrl(), infra.superuser(), infra.superuserPassword(),
                DATABASE, List.of("Robert'); DROP TABLE x;--"), OWNER_PASSWORD, APP_PASSWORD));
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseBootstrap.bootstrap(
                infra.superuserJdbcUrl(), infra.superuser(), infra.superuserPassword(),
                DATABASE, List.of("postgres"), OWNER_PASSWORD, APP_PASSWORD));
    }

    @Test
    void aJdbcUrlIsPointedAtAnotherDatabaseKeepingItsParameters() {
        assertThat(DatabaseBootstrap.withDatabase("jdbc:postgresql://h:5432/postgres?ssl=false", "postern"))
                .isEqualTo("jdbc:postgresql://h:5432/postern?ssl=false");
        assertThat(DatabaseBootstrap.withDatabase("jdbc:postgresql://h:5432", "postern"))
                .isEqualTo("jdbc:postgresql://h:5432/postern");
    }

    private static void bootstrap(String appPassword) {
        DatabaseBootstrap.bootstrap(infra.superuserJdbcUrl(), infra.superuser(), infra.superuserPassword(),
                DATABASE, List.of(SERVICE), OWNER_PASSWORD, appPassword);
    }

    private static Connection connect(String user, String password) throws SQLException {
        return TestConnections.open(DatabaseBootstrap.withDatabase(infra.superuserJdbcUrl(), DATABASE), user, password);
    }

    private static List<String> column(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
