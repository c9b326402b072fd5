package dev.postern.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.postgresql.Driver;

/**
 * JDBC connections for tests, with timeouts. Through the driver class rather than DriverManager,
 * which refuses a driver registered by another class loader's copy (Quarkus tests in the same JVM).
 */
final class TestConnections {

    private TestConnections() {
    }

    static Connection open(String jdbcUrl, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "30");
        return new Driver().connect(jdbcUrl, properties);
    }
}
