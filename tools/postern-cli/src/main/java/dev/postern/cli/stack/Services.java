package dev.postern.cli.stack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every service {@code ./postern up} runs, in start order (a service starts after the ones it
 * calls). Adding a service to the local stack is one line here.
 */
public final class Services {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("audit", "POSTERN_AUDIT_PORT", 18081, ports -> Map.of()),
            new ServiceSpec("gateway", "POSTERN_GATEWAY_PORT", 8080,
                    ports -> Map.of("postern.audit.url", "http://127.0.0.1:" + ports.of("audit"))));

    /** The service that serves the public API and creates workspaces. */
    public static final String GATEWAY = "gateway";

    private Services() {
    }

    public static List<String> names() {
        return ALL.stream().map(ServiceSpec::name).toList();
    }

    public static Optional<ServiceSpec> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
