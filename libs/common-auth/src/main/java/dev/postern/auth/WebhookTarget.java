package dev.postern.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer's webhook URL, parsed strictly: {@code http} or {@code https}, a host, no user info, no
 * fragment, no numeric host in a non-canonical form ({@code 2130706433}, {@code 0x7f.1},
 * {@code 127.1}) that resolvers read differently. The address a host resolves to is judged by
 * {@link OutboundAddressGuard}, not here.
 *
 * @param scheme        {@code http} or {@code https}
 * @param host          lower case, without the brackets of an IPv6 literal
 * @param port          the explicit port, or the scheme's default
 * @param pathAndQuery  what goes on the request line, at least {@code /}
 */
public record WebhookTarget(String scheme, String host, int port, String pathAndQuery) {

    public static final int MAX_LENGTH = 2048;

    private static final Pattern CANONICAL_IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("[0-9.]+|(.*\\.)?0x[0-9a-f]*(\\..*)?");
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9_-]{0,62})(\\.[a-z0-9_]([a-z0-9_-]{0,62}))*\\.?");

    /** A URL that cannot be a webhook target; the message is fit to show the customer. */
    public static final class InvalidUrlException extends IllegalArgumentException {
        public InvalidUrlException(String message) {
            super(message);
        }
    }

    public static WebhookTarget parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidUrlException("is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw new InvalidUrlException("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidUrlException("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new InvalidUrlException("must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidUrlException("must not carry credentials; deliveries are authenticated by their signature");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidUrlException("must not have a fragment");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new InvalidUrlException("must name a host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (NUMERIC_LOOKING.matcher(host).matches() && !CANONICAL_IPV4.matcher(host).matches()) {
            throw new InvalidUrlException("has a numeric host that is not a dotted-quad IPv4 address");
        } else if (!HOST_NAME.matcher(host).matches()) {
            throw new InvalidUrlException("has an invalid host name");
        }
        int port = uri.getPort() == -1 ? ("https".equals(scheme) ? 443 : 80) : uri.getPort();
        if (port < 1 || port > 65535) {
            throw new InvalidUrlException("has an invalid port");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery();
        return new WebhookTarget(scheme, host, port, query == null ? path : path + "?" + query);
    }

    public boolean tls() {
        return "https".equals(scheme);
    }

    /** True when the host is an IP literal rather than a name. */
    public boolean literalAddress() {
        return host.contains(":") || CANONICAL_IPV4.matcher(host).matches();
    }

    /** The value of the Host header: the host, bracketed when IPv6, with the port when not the default. */
    public String hostHeader() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        boolean defaultPort = (tls() && port == 443) || (!tls() && port == 80);
        return defaultPort ? h : h + ":" + port;
    }

    /** Scheme, host, port and path, without query: safe to put in an event or a log line. */
    public String redacted() {
        int q = pathAndQuery.indexOf('?');
        return scheme + "://" + hostHeader() + (q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
    }

    /** {@link #redacted()} of {@code url}, or empty when it does not parse. */
    public static Optional<String> redact(String url) {
        try {
            return Optional.of(parse(url).redacted());
        } catch (InvalidUrlException e) {
            return Optional.empty();
        }
    }
}
