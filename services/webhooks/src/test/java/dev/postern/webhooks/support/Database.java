package dev.postern.webhooks.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain JDBC to the test database, as the owner (schema changes, simulated crashes) or as the app role. */
public final class Database {

    private Database() {
    }

    public static int asOwner(String sql) throws SQLException {
        try (Connection c = connect("webhooks", "postern.db.owner-password"); PreparedStatement s = c.prepareStatement(sql)) {
            return s.executeUpdate();
        }
    }

    public static Connection app() throws SQLException {
        return connect("webhooks_app", "postern.db.app-password");
    }

    public static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Connection connect(String user, String passwordKey) throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", config.getValue(passwordKey, String.class));
        // Quarkus's own driver copy may have registered first: connect through a driver instance directly
        return new org.postgresql.Driver().connect("jdbc:postgresql://" + config.getValue("postern.db.host", String.class) + ":"
                + config.getValue("postern.db.port", String.class) + "/" + config.getValue("postern.db.name", String.class), p);
    }
}
