package dev.postern.cli.stack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every service {@code ./postern up} runs, in start order (a service starts after the ones it
 * calls). Adding a service to the local stack is one line here.
 */
public final class Services {

    /** The inbound-scanner's SMTP listener: a port, not a process (local reception, POSTERN_SMTP_INBOUND). */
    public static final String SMTP_INBOUND = "smtp-inbound";

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("audit", "POSTERN_AUDIT_PORT", 18081, ports -> Map.of()),
            new ServiceSpec("send", "POSTERN_SEND_PORT", 18082, ports -> Map.of(
                    "postern.transport", "smtp",
                    "postern.smtp.host", "127.0.0.1",
                    "postern.smtp.port", Integer.toString(ports.of(Infra.SINK)),
                    "postern.public-url", "http://127.0.0.1:" + ports.of("gateway"))),
            new ServiceSpec("inbound-scanner", "POSTERN_INBOUND_SCANNER_PORT", 18084, ports -> Map.of(
                    "postern.gateway.url", "http://127.0.0.1:" + ports.of("gateway"),
                    "postern.smtp.host", "127.0.0.1",
                    "postern.smtp.port", Integer.toString(ports.of(SMTP_INBOUND)),
                    "postern.inbound.trust-any-authserv-id", "true"))
                    .inModule("services/inbound-scanner/app")
                    .withPort(SMTP_INBOUND, "POSTERN_SMTP_INBOUND_PORT", 2525),
            new ServiceSpec("webhooks", "POSTERN_WEBHOOKS_PORT", 18083, ports -> Map.of(
                    "postern.gateway.url", "http://127.0.0.1:" + ports.of("gateway"),
                    "postern.inbound.url", "http://127.0.0.1:" + ports.of("inbound-scanner"),
                    "postern.webhooks.allow-loopback", "true")),
            new ServiceSpec("gateway", "POSTERN_GATEWAY_PORT", 8080,
                    ports -> Map.of("postern.audit.url", "http://127.0.0.1:" + ports.of("audit"),
                            "postern.send.url", "http://127.0.0.1:" + ports.of("send"),
                            "postern.webhooks.url", "http://127.0.0.1:" + ports.of("webhooks"),
                            "postern.webhooks.allow-loopback", "true",
                            "postern.inbound.url", "http://127.0.0.1:" + ports.of("inbound-scanner"))));

    /** The service that serves the public API and creates workspaces. */
    public static final String GATEWAY = "gateway";

    private Services() {
    }

    public static List<String> names() {
        return ALL.stream().map(ServiceSpec::name).toList();
    }

    /** Database schema (and role prefix) of every service. */
    public static List<String> databaseNames() {
        return ALL.stream().map(ServiceSpec::databaseName).toList();
    }

    public static Optional<ServiceSpec> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
