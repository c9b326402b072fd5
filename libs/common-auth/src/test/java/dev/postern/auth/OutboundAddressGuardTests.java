package dev.postern.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundAddressGuardTests {

    /** A DNS of our own: names map to fixed answers, IP literals to themselves; it counts lookups. */
    static final class TableResolver implements OutboundAddressGuard.Resolver {
        final Map<String, List<String>> table;
        final List<String> asked = new ArrayList<>();

        TableResolver(Map<String, List<String>> table) {
            this.table = table;
        }

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            asked.add(host);
            List<String> answers = table.get(host);
            if (answers == null) {
                if (host.matches("[0-9.]+") || host.contains(":")) {
                    return List.of(InetAddress.getByName(host));
                }
                throw new UnknownHostException(host);
            }
            List<InetAddress> out = new ArrayList<>();
            for (String a : answers) {
                out.add(InetAddress.getByName(a));
            }
            return out;
        }
    }

    private final TableResolver dns = new TableResolver(Map.of(
            "hooks.example.com", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            "rebind.example.com", List.of("127.0.0.1"),
            "sneaky.example.com", List.of("93.184.215.14", "10.1.2.3"),
            "metadata-alias.example.com", List.of("169.254.169.254"),
            "v6-private.example.com", List.of("fd12:3456:789a::1"),
            "localhost", List.of("127.0.0.1", "::1")));
    private final OutboundAddressGuard production = new OutboundAddressGuard(false, dns);
    private final OutboundAddressGuard local = new OutboundAddressGuard(true, dns);

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.255.255.254", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3",
            "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.0.8", "192.0.2.1", "198.51.100.7",
            "203.0.113.9", "198.18.0.1", "198.19.255.255",
            "::1", "::", "fc00::1", "fd00:ec2::254", "fe80::1", "febf::1", "fec0::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1",
            "64:ff9b::a00:1", "64:ff9b::7f00:1", "2002:a00:1::1", "2002:7f00:1::", "2001:0:4136:e378::1", "2001:db8::1",
            "100::1"})
    void everyNonPublicAddressIsRefused(String address) throws Exception {
        assertThat(OutboundAddressGuard.forbidden(InetAddress.getByName(address), false)).isPresent();
        assertThat(production.check(address).allowed()).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "169.253.255.255", "192.169.0.1", "11.0.0.1", "223.255.255.255",
            "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "2a00:1450:4001:80b::200e", "64:ff9b::808:808", "2002:808:808::1"})
    void publicAddressesPass(String address) throws Exception {
        assertThat(OutboundAddressGuard.forbidden(InetAddress.getByName(address), false)).as(address).isEmpty();
        assertThat(production.check(address).allowed()).isTrue();
    }

    @Test
    void theCloudMetadataAddressIsRefusedEvenWhereLoopbackIsAllowed() {
        OutboundAddressGuard.Decision d = local.check("169.254.169.254");
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("169.254.169.254").contains("link-local");
        assertThat(local.check("10.0.0.1").allowed()).isFalse();
        assertThat(local.check("metadata-alias.example.com").allowed()).isFalse();
    }

    @Test
    void loopbackIsRefusedUnlessAllowedAndOnlyLoopback() {
        for (String host : List.of("localhost", "127.0.0.1", "::1", "[::1]", "rebind.example.com", "localhost.", "app.localhost")) {
            assertThat(production.check(host).allowed()).as(host).isFalse();
        }
        assertThat(local.check("localhost").allowed()).isTrue();
        assertThat(local.check("127.0.0.1").allowed()).isTrue();
        assertThat(local.check("[::1]").allowed()).isTrue();
        assertThat(local.check("rebind.example.com").allowed()).isTrue();
        assertThat(local.check("::ffff:127.0.0.1").allowed()).isTrue();
        assertThat(local.check("64:ff9b::7f00:1").allowed()).as("loopback through NAT64 is never local").isFalse();
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedWithTheAddressNamed() {
        OutboundAddressGuard.Decision d = production.check("rebind.example.com");
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("127.0.0.1").contains("loopback");
    }

    @Test
    void oneBadAddressAmongGoodOnesRefusesTheHost() {
        OutboundAddressGuard.Decision d = production.check("sneaky.example.com");
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("10.1.2.3").contains("private");
        assertThat(production.check("v6-private.example.com").allowed()).isFalse();
    }

    @Test
    void metadataAndInternalNamesAreRefusedWithoutALookup() {
        for (String host : List.of("metadata.google.internal", "METADATA.GOOGLE.INTERNAL.", "metadata", "instance-data",
                "db.prod.svc.cluster.local", "printer.local", "kubernetes.default.svc", "router.home.arpa", "x.internal")) {
            assertThat(production.check(host).allowed()).as(host).isFalse();
            assertThat(local.check(host).allowed()).as(host).isFalse();
        }
        assertThat(dns.asked).isEmpty();
    }

    @Test
    void aPublicHostIsAllowedAndPinnedToTheFirstCheckedAddress() throws Exception {
        OutboundAddressGuard.Decision d = production.check("hooks.example.com");
        assertThat(d.allowed()).isTrue();
        assertThat(d.pinned()).isEqualTo(InetAddress.getByName("93.184.215.14"));
        assertThat(d.addresses()).hasSize(2);
        assertThat(dns.asked).containsExactly("hooks.example.com");
    }

    @Test
    void anUnresolvableHostIsRefusedAndARefusalHasNoPinnedAddress() {
        OutboundAddressGuard.Decision d = production.check("nowhere.example.com");
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("does not resolve");
        assertThatThrownBy(d::pinned).isInstanceOf(IllegalStateException.class);
    }
}
