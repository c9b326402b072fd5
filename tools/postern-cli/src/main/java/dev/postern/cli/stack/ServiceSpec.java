package dev.postern.cli.stack;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * One Postern service as the local stack runs it: its name (also its module directory under
 * {@code services/}), the variable that moves its HTTP port and that port's default, and any
 * system properties it needs beyond the ones every service gets (which may name other services'
 * ports).
 */
public record ServiceSpec(String name, String portVariable, int defaultPort,
                          Function<Ports, Map<String, String>> extraProperties) {

    /** The resolved port of every component, by component name. */
    @FunctionalInterface
    public interface Ports {
        int of(String component);
    }

    /** The Quarkus fast-jar launcher the build leaves in the service's module. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
