package dev.postern.cli.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One Postern service as the local stack runs it: its name (also its module directory under
 * {@code services/}, unless {@link #inModule} says otherwise), the variable that moves its HTTP port and that port's default, and any
 * system properties it needs beyond the ones every service gets (which may name other services'
 * ports).
 */
public record ServiceSpec(String name, String portVariable, int defaultPort,
                          Function<Ports, Map<String, String>> extraProperties, String moduleDir, List<ExtraPort> extraPorts) {

    /** A second port a service listens on (the inbound-scanner's SMTP listener), claimed and checked like its HTTP port. */
    public record ExtraPort(String name, String variable, int defaultPort) {
    }

    /** A service whose module is {@code services/<name>} and that listens on its HTTP port only. */
    public ServiceSpec(String name, String portVariable, int defaultPort, Function<Ports, Map<String, String>> extraProperties) {
        this(name, portVariable, defaultPort, extraProperties, "services/" + name, List.of());
    }

    /** The same service built in another module directory (relative to the repository root). */
    public ServiceSpec inModule(String directory) {
        return new ServiceSpec(name, portVariable, defaultPort, extraProperties, directory, extraPorts);
    }

    /** The same service with one more port. */
    public ServiceSpec withPort(String portName, String variable, int port) {
        List<ExtraPort> ports = new java.util.ArrayList<>(extraPorts);
        ports.add(new ExtraPort(portName, variable, port));
        return new ServiceSpec(name, portVariable, defaultPort, extraProperties, moduleDir, List.copyOf(ports));
    }

    /** Its database schema and role prefix: the name with dashes as underscores (the bootstrap refuses dashes). */
    public String databaseName() {
        return name.replace('-', '_');
    }

    /** The resolved port of every component, by component name. */
    @FunctionalInterface
    public interface Ports {
        int of(String component);
    }

    /** The Quarkus fast-jar launcher the build leaves in the service's module. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(moduleDir).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
