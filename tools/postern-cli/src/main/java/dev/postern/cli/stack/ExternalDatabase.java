package dev.postern.cli.stack;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A PostgreSQL server the user runs, named by {@code POSTERN_DB_URL} as a superuser JDBC URL
 * ({@code jdbc:postgresql://host:5432/postgres?user=postgres&password=x}). When one is given, no
 * PostgreSQL is started. {@link #toString()} never shows the password.
 */
public record ExternalDatabase(String jdbcUrl, String host, int port, String user, String password) {

    private static final String PREFIX = "jdbc:postgresql://";

    public static ExternalDatabase parse(String jdbcUrl) {
        String url = jdbcUrl.strip();
        if (!url.startsWith(PREFIX)) {
            throw new StackException("POSTERN_DB_URL must be a JDBC URL like "
                    + "jdbc:postgresql://host:5432/postgres?user=postgres&password=...");
        }
        URI uri;
        try {
            uri = new URI(url.substring("jdbc:".length()));
        } catch (URISyntaxException e) {
            throw new StackException("POSTERN_DB_URL is not a valid URL: " + withoutQuery(url));
        }
        if (uri.getHost() == null) {
            throw new StackException("POSTERN_DB_URL names no host: " + withoutQuery(url));
        }
        Map<String, String> params = queryParameters(uri.getRawQuery());
        String user = params.get("user");
        if (user == null || user.isEmpty()) {
            throw new StackException("POSTERN_DB_URL must name the superuser: " + withoutQuery(url)
                    + "?user=postgres&password=...");
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        return new ExternalDatabase(url, host, port, user, params.getOrDefault("password", ""));
    }

    /** {@code host:port}, for display. */
    public String address() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    @Override
    public String toString() {
        return "ExternalDatabase[" + address() + ", user=" + user + "]";
    }
}
