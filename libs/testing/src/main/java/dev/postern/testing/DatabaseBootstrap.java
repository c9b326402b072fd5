package dev.postern.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.postgresql.Driver;
import org.postgresql.PGConnection;

/**
 * Creates the database and, per service, its roles and schema. Idempotent: safe to run on every
 * start, by several processes at once (they queue on an advisory lock).
 *
 * <p>For each service {@code s}: role {@code s} owns schema {@code s} and runs the service's
 * migrations; role {@code s_app} is what the service runs as, with no attribute that would let it
 * step around row-level security. Only the service roles may connect to the database, and nobody
 * may create objects in {@code public}. Passwords are sent to the server already SCRAM-hashed, so
 * they appear in no server log either.
 */
public final class DatabaseBootstrap {

    private static final System.Logger LOG = System.getLogger(DatabaseBootstrap.class.getName());

    /** Lower-case SQL identifiers that need no quoting; short enough for the {@code _app} suffix. */
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,58}");
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String APP_ROLE_SUFFIX = "_app";
    private static final String PASSWORD_ENCRYPTION = "scram-sha-256";
    /** Serialises concurrent bootstraps of one cluster (any fixed key works; this one is "pstrn"). */
    private static final long ADVISORY_LOCK_KEY = 0x7073_7472_6eL;
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int STATEMENT_TIMEOUT_SECONDS = 60;
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String DUPLICATE_OBJECT = "42710";

    private DatabaseBootstrap() {
    }

    /**
     * Connects as a superuser ({@code superuserJdbcUrl} names any existing database, e.g.
     * {@code .../postgres}), creates {@code database} if missing, then inside it for each service
     * its owner role, app role, schema, grants and default privileges.
     *
     * @throws IllegalArgumentException when a name is not a plain lower-case SQL identifier
     * @throws IllegalStateException    when the server refuses or does not answer in time
     */
    public static void bootstrap(String superuserJdbcUrl, String superuser, String superuserPassword,
                                 String database, List<String> services,
                                 String ownerPassword, String appPassword) {
        requireName(DATABASE_NAME, database, "database");
        services.forEach(service -> requireName(SERVICE_NAME, service, "service"));
        if (services.contains(superuser)) {
            // Its attributes are reset below: that would take superuser away from the caller.
            throw new IllegalArgumentException("A service cannot be named after the superuser " + superuser);
        }
        try (Connection admin = connect(superuserJdbcUrl, superuser, superuserPassword)) {
            execute(admin, "SELECT pg_advisory_lock(" + ADVISORY_LOCK_KEY + ")");
            createDatabaseIfMissing(admin, database);
            execute(admin, "REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            for (String service : services) {
                String app = service + APP_ROLE_SUFFIX;
                ensureLoginRole(admin, service, ownerPassword);
                ensureLoginRole(admin, app, appPassword);
                execute(admin, "GRANT CONNECT ON DATABASE " + database + " TO " + service + ", " + app);
                execute(admin, "ALTER ROLE " + service + " SET search_path = " + service);
                execute(admin, "ALTER ROLE " + app + " SET search_path = " + service);
            }
            try (Connection inDatabase = connect(withDatabase(superuserJdbcUrl, database), superuser, superuserPassword)) {
                execute(inDatabase, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
                for (String service : services) {
                    prepareSchema(inDatabase, service, service + APP_ROLE_SUFFIX);
                }
            }
            execute(admin, "SELECT pg_advisory_unlock(" + ADVISORY_LOCK_KEY + ")");
            LOG.log(System.Logger.Level.INFO, "Database {0} ready for services {1}", database, services);
        } catch (SQLException e) {
            throw new IllegalStateException("Bootstrapping database " + database + " for " + services + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static void createDatabaseIfMissing(Connection admin, String database) throws SQLException {
        try (PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try {
            execute(admin, "CREATE DATABASE " + database);
        } catch (SQLException e) {
            // Created by a process that did not take the lock (another tool): the state we want.
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /**
     * Creates the role if missing, then sets its attributes and password on every run, so a role
     * someone altered by hand, or a changed secret, is brought back to what is configured here.
     */
    private static void ensureLoginRole(Connection admin, String role, String password) throws SQLException {
        try {
            execute(admin, "CREATE ROLE " + role + " LOGIN");
        } catch (SQLException e) {
            if (!DUPLICATE_OBJECT.equals(e.getSQLState())) {
                throw e;
            }
        }
        execute(admin, "ALTER ROLE " + role
                + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT");
        admin.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), PASSWORD_ENCRYPTION);
    }

    private static void prepareSchema(Connection inDatabase, String owner, String app) throws SQLException {
        execute(inDatabase, "CREATE SCHEMA IF NOT EXISTS " + owner + " AUTHORIZATION " + owner);
        execute(inDatabase, "ALTER SCHEMA " + owner + " OWNER TO " + owner);
        execute(inDatabase, "GRANT USAGE ON SCHEMA " + owner + " TO " + app);
        String defaults = "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA " + owner + " GRANT ";
        execute(inDatabase, defaults + "SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + app);
        execute(inDatabase, defaults + "USAGE, SELECT ON SEQUENCES TO " + app);
        execute(inDatabase, defaults + "EXECUTE ON FUNCTIONS TO " + app);
    }

    private static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", String.valueOf(STATEMENT_TIMEOUT_SECONDS + 10));
        properties.setProperty("ApplicationName", "postern-database-bootstrap");
        // Not DriverManager: it only hands out drivers registered from the caller's class loader, and
        // under Quarkus tests the first registration may come from another copy of the driver.
        Connection connection = new Driver().connect(jdbcUrl, properties);
        if (connection == null) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        connection.setAutoCommit(true);
        execute(connection, "SET statement_timeout = '" + STATEMENT_TIMEOUT_SECONDS + "s'");
        execute(connection, "SET lock_timeout = '" + STATEMENT_TIMEOUT_SECONDS + "s'");
        return connection;
    }

    /** The same JDBC URL (host, port, parameters) naming another database. */
    static String withDatabase(String jdbcUrl, String database) {
        String prefix = "jdbc:postgresql://";
        if (!jdbcUrl.startsWith(prefix)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        int queryStart = jdbcUrl.indexOf('?', prefix.length());
        int pathStart = jdbcUrl.indexOf('/', prefix.length());
        if (queryStart >= 0 && pathStart > queryStart) {
            pathStart = -1;
        }
        String authority = jdbcUrl.substring(0, pathStart >= 0 ? pathStart : queryStart >= 0 ? queryStart : jdbcUrl.length());
        String query = queryStart >= 0 ? jdbcUrl.substring(queryStart) : "";
        return authority + "/" + database + query;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void requireName(Pattern pattern, String name, String what) {
        if (name == null || !pattern.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid " + what + " name '" + name
                    + "': use lower-case letters, digits and underscores, starting with a letter");
        }
    }
}
