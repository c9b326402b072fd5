package dev.postern.auth;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps webhooks from becoming a way into our own network (SSRF). A host is refused when it is a
 * cloud-metadata or cluster-internal name, or when ANY address it resolves to is loopback,
 * private, shared (CGNAT), link-local (169.254.169.254 included), unspecified, multicast,
 * broadcast, reserved or documentation space — also when such an IPv4 address hides inside an
 * IPv6 one (mapped, compatible, NAT64, 6to4). The caller connects to {@link Decision#pinned()}, the
 * address that was checked, so that a second DNS answer cannot differ from the first.
 *
 * <p>Loopback may be allowed for a local stack only ({@code postern.webhooks.allow-loopback}); the
 * rest never is.
 */
public final class OutboundAddressGuard {

    /** Resolves a host name to every address it has; an IP literal resolves to itself. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    public static final Resolver SYSTEM_RESOLVER = host -> List.of(InetAddress.getAllByName(host));

    private static final Set<String> METADATA_HOSTS = Set.of(
            "metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal",
            "metadata.azure.internal", "kubernetes", "kubernetes.default", "kubernetes.default.svc");
    private static final List<String> INTERNAL_SUFFIXES = List.of(
            ".internal", ".local", ".localdomain", ".svc", ".cluster.local", ".home.arpa");

    /** The verdict on one host: allowed with the addresses to use, or refused with the reason. */
    public record Decision(boolean allowed, List<InetAddress> addresses, String reason) {
        /** The address to connect to: the first one checked. */
        public InetAddress pinned() {
            if (!allowed) {
                throw new IllegalStateException("refused: " + reason);
            }
            return addresses.get(0);
        }

        static Decision refused(String reason) {
            return new Decision(false, List.of(), reason);
        }
    }

    private final boolean allowLoopback;
    private final Resolver resolver;

    public OutboundAddressGuard(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    public boolean allowsLoopback() {
        return allowLoopback;
    }

    /** Resolves {@code host} (blocking: call it off the event loop, with a timeout) and judges every address. */
    public Decision check(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (METADATA_HOSTS.contains(name) || INTERNAL_SUFFIXES.stream().anyMatch(name::endsWith)) {
            return Decision.refused("the host " + name + " is an internal or cloud-metadata name");
        }
        if ((name.equals("localhost") || name.endsWith(".localhost")) && !allowLoopback) {
            return Decision.refused("the host " + name + " is loopback");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            return Decision.refused("the host " + name + " does not resolve");
        }
        if (addresses == null || addresses.isEmpty()) {
            return Decision.refused("the host " + name + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> why = forbidden(address, allowLoopback);
            if (why.isPresent()) {
                return Decision.refused("the host " + name + " resolves to " + address.getHostAddress() + ", " + why.get());
            }
        }
        return new Decision(true, List.copyOf(addresses), null);
    }

    /** Why {@code address} may not be called, or empty when it is a public unicast address. */
    public static Optional<String> forbidden(InetAddress address, boolean allowLoopback) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return forbiddenV4(b, allowLoopback);
        }
        if (address instanceof Inet6Address) {
            return forbiddenV6(b, allowLoopback);
        }
        return Optional.of("an address of an unknown family");
    }

    private static Optional<String> forbiddenV4(byte[] b, boolean allowLoopback) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 127) {
            return allowLoopback ? Optional.empty() : Optional.of("a loopback address");
        }
        if (a0 == 0) {
            return Optional.of("an unspecified (0.0.0.0/8) address");
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return Optional.of("a private address");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("a shared (CGNAT) address");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("a link-local address (cloud metadata lives there)");
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("a multicast address");
        }
        if (a0 >= 240) {
            return Optional.of("a reserved or broadcast address");
        }
        if ((a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113) || (a0 == 198 && (a1 & 0xfe) == 18)) {
            return Optional.of("a reserved or documentation address");
        }
        return Optional.empty();
    }

    private static Optional<String> forbiddenV6(byte[] b, boolean allowLoopback) {
        if (allZero(b, 0, 15) && (b[15] == 0 || b[15] == 1)) {
            return b[15] == 1
                    ? (allowLoopback ? Optional.empty() : Optional.of("a loopback address"))
                    : Optional.of("the unspecified address");
        }
        // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible): judged as the IPv4 address inside
        if (allZero(b, 0, 10) && (((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) || (b[10] == 0 && b[11] == 0))) {
            return forbiddenV4(new byte[] {b[12], b[13], b[14], b[15]}, allowLoopback).map(r -> r + " inside an IPv6 address");
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return Optional.of("a unique-local (fc00::/7) address");
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Optional.of("a link-local (fe80::/10) address");
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return Optional.of("a site-local (fec0::/10) address");
        }
        if (first == 0xff) {
            return Optional.of("a multicast address");
        }
        // 64:ff9b::/96 (NAT64) and 64:ff9b:1::/48 reach IPv4 through a translator: judge the IPv4 address
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return forbiddenV4(new byte[] {b[12], b[13], b[14], b[15]}, false).map(r -> r + " behind NAT64");
        }
        if (first == 0x20 && second == 0x02) { // 6to4: 2002:AABB:CCDD::/48 carries IPv4 AA.BB.CC.DD
            return forbiddenV4(new byte[] {b[2], b[3], b[4], b[5]}, false).map(r -> r + " inside a 6to4 address");
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
            return Optional.of("a Teredo address (it tunnels to an IPv4 address)");
        }
        if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return Optional.of("a documentation (2001:db8::/32) address");
        }
        if (first == 0x01 && second == 0x00 && allZero(b, 2, 7)) {
            return Optional.of("a discard-only (100::/64) address");
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int toExclusive) {
        for (int i = from; i < toExclusive; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
